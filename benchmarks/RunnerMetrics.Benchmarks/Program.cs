using System;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using RunnerMetrics.Benchmarks.Guard;

// `guard [artifacts-dir]`: the CI check (see Guard/BenchmarkGuard.cs); anything else goes to BenchmarkDotNet,
// e.g. `--filter '*'`, `--filter '*PreJob*' --job short`, `--list flat`.
if (args.Length > 0 && args[0] == "guard")
{
    return BenchmarkGuard.Run(args[1..]);
}

// `github [runners] [latency-ms]`: GitHub enrichment passes against a loopback fake (see GitHub/GitHubLookupBenchmark.cs).
if (args.Length > 0 && args[0] == "github" && OperatingSystem.IsLinux())
{
    return RunnerMetrics.Benchmarks.GitHub.GitHubLookupBenchmark.Run(args[1..]);
}

// The machine is shared: BenchmarkDotNet's default 2-minute limit on building its boilerplate project is
// too short when other builds are running.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
return 0;
