using BenchmarkDotNet.Running;
using CouncilPerformance.Benchmarks;

// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- --filter '*'
// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- --preview-memory
if (args is ["--preview-memory"])
{
    await PreviewMemoryProbe.RunAsync();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
