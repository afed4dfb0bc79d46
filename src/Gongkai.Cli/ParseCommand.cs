using System.CommandLine;
using Gongkai.Writing;

namespace Gongkai.Cli;

/// <summary><c>gongkai parse FILE|DIR... [-o OUTDIR]</c>: canonical JSON with diagnostics, one file per input.</summary>
internal static class ParseCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("FILE|DIR")
        {
            Description = "报告文件或目录，目录递归查找、跳过隐藏文件（report files or directories; searched recursively, hidden files skipped）",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "输出目录，每个输入写一个 <文件名>.json；只有一个输入时可省略，JSON 写到标准输出（output directory, one <name>.json per input; without it a single input goes to stdout）",
            HelpName = "OUTDIR",
        };
        var command = new Command("parse", "读取年度报告，输出规范 JSON（含诊断）（read reports, write canonical JSON with diagnostics）")
        {
            inputs,
            output,
        };
        command.SetAction((result, ct) => RunAsync(context, result.GetValue(inputs) ?? [], result.GetValue(output), ct));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, string[] arguments, string? outputDirectory, CancellationToken cancellationToken)
    {
        var files = InputFiles.Expand(arguments);
        if (files.Count == 0)
        {
            context.Error("gongkai: 没有找到输入文件（no input files）");
            return ExitCodes.Unreadable;
        }

        if (outputDirectory is null)
        {
            if (files.Count > 1)
            {
                context.Error($"gongkai: 有 {files.Count} 个输入文件，请用 -o 指定输出目录（{files.Count} inputs need -o OUTDIR）");
                return ExitCodes.Unreadable;
            }

            return ToStdout(context, InputResult.Read(files[0]));
        }

        try
        {
            Directory.CreateDirectory(outputDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error($"gongkai: 无法创建输出目录 {outputDirectory}：{e.Message}（cannot create the output directory）");
            return ExitCodes.Unreadable;
        }

        var targets = OutputNames.Assign(files, outputDirectory, ".json", context);
        var results = await Batch.RunAsync(files, file => Parse(file, targets[file]), context, "解析（parse）", cancellationToken);

        var exit = ExitCodes.Ok;
        var written = 0;
        foreach (var (input, problem) in results)
        {
            if (input.Bug is { } bug)
            {
                context.Error(Cli.InternalError(bug, input.Path));
                exit = Math.Max(exit, ExitCodes.InternalError);
            }
            else if (input.Unreadable)
            {
                context.Error(input.ReasonLine());
                exit = Math.Max(exit, ExitCodes.Unreadable);
            }
            else if (problem is not null)
            {
                context.Error(problem);
                exit = Math.Max(exit, ExitCodes.Unreadable);
            }
            else
            {
                written++;
            }
        }

        if (files.Count > 1)
        {
            context.Error($"gongkai: 解析 {files.Count} 个文件，写出 {written} 个 JSON 到 {outputDirectory}，{files.Count - written} 个失败（parsed {files.Count}, wrote {written}, failed {files.Count - written}）");
        }

        return exit;
    }

    private static int ToStdout(CliContext context, InputResult input)
    {
        if (input.Bug is { } bug)
        {
            context.Error(Cli.InternalError(bug, input.Path));
            return ExitCodes.InternalError;
        }

        if (input.Outcome?.Report is not { } report)
        {
            context.Error(input.ReasonLine());
            return ExitCodes.Unreadable;
        }

        context.Stdout.Write(CanonicalJson.Write(report, includeDiagnostics: true));
        context.Stdout.Flush();
        return ExitCodes.Ok;
    }

    /// <summary>Reads one file and writes its JSON; returns the read result and a write problem, if any.</summary>
    private static (InputResult Input, string? Problem) Parse(string file, string target)
    {
        var input = InputResult.Read(file);
        if (input.Outcome?.Report is not { } report)
        {
            return (input, null);
        }

        try
        {
            using var stream = File.Create(target);
            CanonicalJson.Write(report, stream, includeDiagnostics: true);
            return (input, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (input, $"gongkai: 无法写入 {target}：{e.Message}（cannot write）");
        }
    }
}
