using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouncilPerformance.Core.Reminders;

/// <summary>
/// Runs <see cref="ReminderRunner"/> every <see cref="ReminderOptions.IntervalMinutes"/> minutes.
/// Safe with several app instances: each run first takes the lease in the database.
/// </summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<ReminderJob> logger) : BackgroundService
{
    /// <summary>This instance's name in the lease: machine, process and a random part.</summary>
    public string Instance { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Reminders: the job is turned off (Reminders:Enabled)");
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.IntervalMinutes)), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<ReminderRunner>().RunOnceAsync(Instance, stoppingToken);
                if (run.HeldLease && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Reminders: {Created} new, {Emailed} e-mails sent", run.Created, run.Emailed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The next tick tries again; a failing run must not stop the job for good.
                logger.LogError(ex, "Reminders: the run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
