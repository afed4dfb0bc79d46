using System.CommandLine;
using Gongkai.Data.Import;
using Spectre.Console;

namespace Gongkai.Cli;

/// <summary><c>gongkai import PATH... [--db DB] [--workers N]</c>: store reports in the registry.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "报告文件、目录或 ZIP 压缩包（report files, directories or ZIP archives）",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = DbOption.Create();
        var workers = new Option<int?>("--workers")
        {
            Description = "并行读取的线程数，默认为 CPU 核数（parallel readers; default: one per core）",
            HelpName = "N",
        };
        var command = new Command("import", "导入报告到登记库：按内容去重，可中断后重跑续完（import reports into the registry; idempotent and resumable）")
        {
            paths,
            db,
            workers,
        };
        command.SetAction((r, ct) => RunAsync(context, r.GetValue(paths) ?? [], r.GetValue(db), r.GetValue(workers), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string[] paths, string? db, int? workers, CancellationToken cancellationToken)
    {
        if (await DbOption.OpenAsync(context, db, cancellationToken) is not { } database)
        {
            return ExitCodes.Unreadable;
        }

        var importer = new Importer(database);
        var timer = System.Diagnostics.Stopwatch.StartNew();
        ImportSummary summary;
        if (context.StderrIsTerminal)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Stderr) });
            ImportSummary? result = null;
            await console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("导入（import）");
                    var progress = new InlineProgress<ImportProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.Description = $"导入 {p.Done}/{p.Total}，新存 {p.Stored}，跳过 {p.Skipped}，失败 {p.Failed}";
                    });
                    result = await importer.RunAsync(paths, progress, workers, cancellationToken);
                });
            summary = result!;
        }
        else
        {
            var lastTenth = 0;
            var progress = new InlineProgress<ImportProgress>(p =>
            {
                var tenth = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
                if (p.Total >= Batch.PlainProgressThreshold && tenth > lastTenth)
                {
                    lastTenth = tenth;
                    context.Error($"gongkai: 导入（import） {p.Done}/{p.Total}");
                }
            });
            summary = await importer.RunAsync(paths, progress, workers, cancellationToken);
        }

        foreach (var failure in summary.Failures)
        {
            context.Error($"{failure.Source}: error {failure.Reason}");
        }

        context.Stdout.WriteLine(
            $"导入 {summary.Documents} 个文件到 {database.Target.Display}：新报告 {summary.NewReports}，新版本 {summary.NewVersions}，" +
            $"同内容文件 {summary.SameContent}，已导入过 {summary.AlreadyStored}，无法读取 {summary.Failures.Count}；" +
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"用时 {timer.Elapsed.TotalSeconds:0.0} 秒"));
        return summary.Failures.Count > 0 ? ExitCodes.Unreadable : ExitCodes.Ok;
    }
}
