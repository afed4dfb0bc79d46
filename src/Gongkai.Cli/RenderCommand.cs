using System.CommandLine;

namespace Gongkai.Cli;

/// <summary><c>gongkai render FILE --to json|md|html|docx|txt [-o OUT]</c>: writes one report in another form.</summary>
internal static class RenderCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Argument<string>("FILE") { Description = "报告文件（the report file）" };
        var to = new Option<string>("--to")
        {
            Description = "输出格式（output format）：json 规范 JSON、md Markdown、html 网页、docx Word 文档、txt 纯文本",
            Required = true,
            HelpName = "json|md|html|docx|txt",
        };
        to.AcceptOnlyFromAmong(RenderFormats.Names);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "输出文件；省略时文本写到标准输出，docx 写到与输入同名的 .docx（output file; default stdout, or FILE's name with .docx for docx）",
            HelpName = "OUT",
        };
        var command = new Command("render", "把年度报告写成 JSON、Markdown、HTML、DOCX 或纯文本（render a report as json, md, html, docx or txt）")
        {
            input,
            to,
            output,
        };
        command.SetAction((r, ct) => Task.FromResult(Run(context, r.GetValue(input)!, r.GetValue(to)!, r.GetValue(output))));
        return command;
    }

    public static int Run(CliContext context, string path, string format, string? outputPath)
    {
        var input = InputResult.Read(path);
        if (input.Bug is { } bug)
        {
            context.Error(Cli.InternalError(bug, path));
            return ExitCodes.InternalError;
        }

        if (input.Outcome?.Report is not { } report)
        {
            context.Error(input.ReasonLine());
            return ExitCodes.Unreadable;
        }

        if (format == "docx")
        {
            outputPath ??= Path.ChangeExtension(path, ".docx");
        }

        try
        {
            if (outputPath is null)
            {
                context.Stdout.Write(RenderFormats.Text(report, format));
                context.Stdout.Flush();
            }
            else
            {
                File.WriteAllBytes(outputPath, RenderFormats.Bytes(report, format));
                context.Error($"gongkai: 已写出 {outputPath}（written）");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error($"gongkai: 无法写入 {outputPath}：{e.Message}（cannot write）");
            return ExitCodes.Unreadable;
        }

        return ExitCodes.Ok;
    }
}
