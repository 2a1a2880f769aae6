using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;
using Bsre.Sdk.Benchmarks;

// Jobs come from the command line (e.g. --job short); the config only adds the allocation columns.
var config = ManualConfig
    .Create(DefaultConfig.Instance)
    .AddDiagnoser(MemoryDiagnoser.Default);

BenchmarkSwitcher.FromAssembly(typeof(HashingBenchmark).Assembly).Run(args, config);
