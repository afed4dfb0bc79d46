using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;

namespace Gongkai.Cli;

/// <summary>
/// The <c>gongkai</c> command line: <c>parse</c>, <c>check</c>, <c>render</c>. Runs in-process so tests need no
/// subprocess; every failure becomes one line on stderr and an exit code (<see cref="ExitCodes"/>).
/// </summary>
public static class Cli
{
    /// <summary>Runs one command line; never throws, never prints a stack trace.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CliContext(stdout, stderr, stderrIsTerminal);
        var previousUiCulture = CultureInfo.CurrentUICulture;
        try
        {
            // System.CommandLine's own help headings (用法、选项…) come from its zh-Hans resources.
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var root = BuildRoot(context);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0 && parsed.Action is not (HelpAction or HelpWithExitCodes))
            {
                foreach (var error in parsed.Errors)
                {
                    context.Error($"gongkai: {error.Message.ReplaceLineEndings(" ")}");
                }

                context.Error("gongkai: 用 gongkai --help 查看用法（see gongkai --help）");
                return ExitCodes.Unreadable;
            }

            var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return await parsed.InvokeAsync(config, cancellationToken);
        }
        catch (Data.RegistryException e)
        {
            context.Error($"gongkai: {e.Message}");
            return ExitCodes.Unreadable;
        }
        catch (OperationCanceledException)
        {
            context.Error("gongkai: 已取消（cancelled）");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            context.Error(InternalError(e));
            return ExitCodes.InternalError;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previousUiCulture;
        }
    }

    /// <summary>The one line printed for a bug: the innermost useful exception, without its stack trace.</summary>
    public static string InternalError(Exception e, string? file = null)
    {
        while (e is AggregateException { InnerExceptions.Count: 1 } or System.Reflection.TargetInvocationException && e.InnerException is not null)
        {
            e = e.InnerException!;
        }

        var where = file is null ? "" : file + "：";
        return $"gongkai: 内部错误：{where}{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}";
    }

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("政府信息公开工作年度报告工具（tools for government information disclosure annual reports）")
        {
            ParseCommand.Create(context),
            CheckCommand.Create(context),
            RenderCommand.Create(context),
            ImportCommand.Create(context),
            AgencyCommand.Create(context),
            StatsCommand.Create(context),
            ExportCommand.Create(context),
            GenerateCommand.Create(context),
            DeadlineCommand.Create(context),
            CalendarCommand.Create(context),
        };
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = "显示帮助和用法（show help and usage）";
                help.Action = new HelpWithExitCodes((HelpAction)help.Action!);
            }
            else if (option is VersionOption version)
            {
                version.Description = "显示版本（show version）";
            }
        }

        return root;
    }
}
