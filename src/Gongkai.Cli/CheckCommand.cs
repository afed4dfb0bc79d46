using System.CommandLine;
using Gongkai.Reports;

namespace Gongkai.Cli;

/// <summary><c>gongkai check FILE... [--previous FILE] [--json] [--lang zh|en]</c>: compiler-style findings.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("FILE")
        {
            Description = "要检查的报告文件（或目录）（report files, or directories, to check）",
            Arity = ArgumentArity.OneOrMore,
        };
        var previous = new Option<string?>("--previous")
        {
            Description = "上一年度的报告，用于核对上年结转（last year's report, to check the carried-over counts）",
            HelpName = "FILE",
        };
        var json = new Option<bool>("--json")
        {
            Description = "输出 JSON 数组，每个文件一项（print a JSON array, one entry per file）",
        };
        var lang = new Option<string>("--lang")
        {
            Description = "消息语言（message language）：zh 中文（默认）、en 英文",
            DefaultValueFactory = _ => "zh",
            HelpName = "zh|en",
        };
        lang.AcceptOnlyFromAmong("zh", "en");
        var command = new Command("check", "检查年度报告：勾稽关系、格式、完整性，输出 file(line,col): error GKxxxx: … 形式的结果（check reports; compiler-style findings）")
        {
            inputs,
            previous,
            json,
            lang,
        };
        command.SetAction((r, ct) => RunAsync(context, r.GetValue(inputs) ?? [], r.GetValue(previous), r.GetValue(json), r.GetValue(lang) == "en", ct));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string[] arguments, string? previousPath, bool json, bool english, CancellationToken cancellationToken)
    {
        var files = InputFiles.Expand(arguments);
        if (files.Count == 0)
        {
            context.Error("gongkai: 没有找到输入文件（no input files）");
            return ExitCodes.Unreadable;
        }

        AnnualReport? previous = null;
        if (previousPath is not null)
        {
            var read = InputResult.Read(previousPath);
            if (read.Bug is { } bug)
            {
                context.Error(Cli.InternalError(bug, previousPath));
                return ExitCodes.InternalError;
            }

            if (read.Unreadable)
            {
                context.Error(read.ReasonLine(english));
                return ExitCodes.Unreadable;
            }

            previous = read.Outcome!.Report;
        }

        var results = await Batch.RunAsync(files, f => Findings.Check(f, previous), context, "检查（check）", cancellationToken);
        foreach (var r in results.Where(r => r.Bug is not null))
        {
            context.Error(Cli.InternalError(r.Bug!, r.Path));
        }

        if (json)
        {
            context.Stdout.Write(CheckReport.Json(results));
        }
        else
        {
            CheckReport.Text(results, context.Stdout, english);
        }

        context.Stdout.Flush();
        return CheckReport.ExitCode(results);
    }
}
