using System.Diagnostics;
using System.Text;
using Gongkai.Diagnostics;

namespace Gongkai.Reading;

/// <summary>
/// Runs a command-line tool from Debian's packages (LibreOffice, poppler-utils, tesseract, ImageMagick) as a
/// separate process: bounded time, output captured, a clear diagnostic when the tool is missing or fails.
/// </summary>
public static class ExternalTool
{
    /// <summary>What a run gave: exit code, standard output and error, or the diagnostic that stopped it.</summary>
    public sealed record Result(int ExitCode, string StdOut, string StdErr, Diagnostic? Problem)
    {
        public bool Ok => Problem is null && ExitCode == 0;
    }

    /// <summary>The full path of a tool on PATH, or null.</summary>
    public static string? Find(string name)
    {
        if (name.Contains('/'))
        {
            return File.Exists(name) ? name : null;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>Runs <paramref name="tool"/> with <paramref name="args"/>; never throws for a missing, failing or slow tool.</summary>
    /// <param name="tool">The command name (looked up on PATH).</param>
    /// <param name="args">The arguments, passed without a shell.</param>
    /// <param name="where">Where diagnostics point (the input file).</param>
    /// <param name="timeout">Wall-clock limit; the process tree is killed when it is reached.</param>
    /// <param name="debianPackage">The package that provides the tool, named in the missing-tool message.</param>
    /// <param name="environment">Extra environment variables (e.g. OMP_THREAD_LIMIT=1 for tesseract).</param>
    /// <param name="workingDirectory">The working directory, or the current one.</param>
    public static Result Run(string tool, IEnumerable<string> args, SourceLocation where, TimeSpan timeout, string debianPackage,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var path = Find(tool);
        if (path is null)
        {
            return new Result(-1, "", "", DiagnosticCodes.ToolMissing.Create(where, tool, $"apt-get install {debianPackage}"));
        }

        var psi = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (workingDirectory is not null)
        {
            psi.WorkingDirectory = workingDirectory;
        }

        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            psi.Environment[k] = v;
        }

        try
        {
            using var process = Process.Start(psi)!;
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended between the check and the kill.
                }

                return new Result(-1, "", "", DiagnosticCodes.TimeLimit.Create(where, (int)timeout.TotalSeconds));
            }

            process.WaitForExit();
            var err = stderr.Result;
            return process.ExitCode == 0
                ? new Result(0, stdout.Result, err, null)
                : new Result(process.ExitCode, stdout.Result, err, DiagnosticCodes.ToolFailed.Create(where, tool, FirstLine(err, process.ExitCode)));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new Result(-1, "", "", DiagnosticCodes.ToolFailed.Create(where, tool, e.Message));
        }
    }

    private static string FirstLine(string stderr, int exitCode)
    {
        var line = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return line is null ? $"exit code {exitCode}" : $"{line} (exit code {exitCode})";
    }
}
