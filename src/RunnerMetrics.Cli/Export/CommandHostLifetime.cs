using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace RunnerMetrics.Cli.Export;

/// <summary>
/// A host lifetime that neither listens for signals nor prints anything: the command starts and stops the endpoint
/// itself, after its own SIGINT/SIGTERM handling has let the current runner finish.
/// </summary>
internal sealed class CommandHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
