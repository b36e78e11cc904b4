using BenchmarkDotNet.Running;

namespace CouncilPerformance.Benchmarks;

/// <summary>
/// The entry point (a named class: the web app's top-level <c>Program</c> is referenced too).
/// <code>
/// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- --filter '*'
/// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- memory [/kpis /home ...]
/// </code>
/// </summary>
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "memory")
        {
            await CircuitMemory.RunAsync(args.Length > 1 ? args[1..] : ["/kpis", "/home"]);
        }
        else
        {
            BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        }
    }
}
