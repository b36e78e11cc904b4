using System.Globalization;
using BenchmarkDotNet.Running;

namespace CouncilPerformance.Benchmarks;

/// <summary>
/// The entry point (a named class: the web app's top-level <c>Program</c> is referenced too).
/// <code>
/// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- --filter '*'
/// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- memory [/kpis /home ...] [--pages 30]
/// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- floor [/reminders ...] [--requests 500]
/// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- --preview-memory
/// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- --commit-vs-inserts 3
/// </code>
/// </summary>
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args)
        {
            case ["memory", .. var paths]:
                await CircuitMemory.RunAsync(paths.Length > 0 ? paths : ["/kpis", "/home"]);
                break;
            case ["floor", .. var rest]:
                await FloorProbe.RunAsync(rest);
                break;
            case ["--preview-memory"]:
                await PreviewMemoryProbe.RunAsync();
                break;
            case ["--commit-vs-inserts", .. var rest]:
                CommitTimer.Run(rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 3);
                break;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
                break;
        }
    }
}
