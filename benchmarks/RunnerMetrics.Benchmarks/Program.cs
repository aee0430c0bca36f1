using BenchmarkDotNet.Running;
using RunnerMetrics.Benchmarks.Guard;

// `guard [artifacts-dir]`: the CI check (see Guard/BenchmarkGuard.cs); anything else goes to BenchmarkDotNet,
// e.g. `--filter '*'`, `--filter '*PreJob*' --job short`, `--list flat`.
if (args.Length > 0 && args[0] == "guard")
{
    return BenchmarkGuard.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
