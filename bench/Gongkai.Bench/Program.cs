using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Gongkai.Bench;

// dotnet run -c Release --project bench/Gongkai.Bench -- --quick [COUNT [SECONDS [WARMUP]]]
//     Stopwatch timing on COUNT generated reports (10000), each row timed for at least SECONDS (3) after WARMUP seconds (15)
// dotnet run -c Release --project bench/Gongkai.Bench -- [BenchmarkDotNet args, e.g. --filter '*']
// dotnet run -c Release --project bench/Gongkai.Bench -- --deadlines INPUT OUTPUT [SECONDS]   (bench/casework/run.sh)
if (args.Length >= 3 && args[0] == "--deadlines")
{
    return DeadlineBench.Run(args[1], args[2], args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 3);
}

if (args.Length > 0 && args[0] == "--quick")
{
    var count = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 10_000;
    var seconds = args.Length > 2 && double.TryParse(args[2], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 3;
    var warmup = args.Length > 3 && double.TryParse(args[3], System.Globalization.CultureInfo.InvariantCulture, out var w) ? w : 15;
    return QuickBench.Run(count, seconds, warmup);
}

// In-process: the generated benchmark project would otherwise pick up the repository's strict Directory.Build.props.
// Results go beside the binary (under artifacts/, ignored by git), not into the current directory.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance))
    .WithArtifactsPath(Path.Join(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(ParseCheckBenchmarks).Assembly).Run(args, config);
return 0;
