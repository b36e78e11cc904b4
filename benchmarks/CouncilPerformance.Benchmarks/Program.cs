using BenchmarkDotNet.Running;
using CouncilPerformance.Benchmarks;

// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- --preview-memory
// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- --commit-vs-inserts 3
if (args is ["--preview-memory"])
{
    await PreviewMemoryProbe.RunAsync();
    return;
}

if (args is ["--commit-vs-inserts", ..])
{
    CommitTimer.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
