using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/CouncilPerformance.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
