using System.CommandLine;
using Gongkai.Data.Queries;
using Gongkai.Writing.Export;

namespace Gongkai.Cli;

/// <summary><c>gongkai export --to csv|xlsx -o FILE [--agency X] [--year Y]</c>: one row per report, one column per cell.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var to = new Option<string>("--to") { Description = "csv（UTF-8 带 BOM）或 xlsx", Required = true, HelpName = "csv|xlsx" };
        to.AcceptOnlyFromAmong("csv", "xlsx");
        var output = new Option<string>("--output", "-o") { Description = "输出文件（output file）", Required = true, HelpName = "FILE" };
        var versions = new Option<bool>("--all-versions") { Description = "导出所有版本，而不只是现行版本（every version, not only the current one）" };
        return ScopeOptions.Create(
            context,
            "export",
            "导出登记库中的报告：每份报告一行，每个单元格一列，另附问题清单（export reports to CSV or Excel）",
            async (database, s, r, ct) =>
            {
                var file = r.GetValue(output)!;
                var temp = file + ".part";
                var count = 0;
                void Write()
                {
                    using var stream = File.Create(temp);
                    var rows = ExportQuery.Rows(database, s, r.GetValue(versions)).Select(x =>
                    {
                        count++;
                        ct.ThrowIfCancellationRequested();
                        return x;
                    });
                    if (r.GetValue(to) == "csv")
                    {
                        CsvExport.Write(rows, stream);
                    }
                    else
                    {
                        XlsxExport.Write(rows, stream);
                    }
                }

                try
                {
                    await Task.Run(Write, ct);
                }
                catch
                {
                    File.Delete(temp); // never leave half a file behind
                    throw;
                }

                File.Move(temp, file, overwrite: true);
                context.Stdout.WriteLine($"已导出 {count} 份报告到 {file}（{s.Describe()}）");
                return ExitCodes.Ok;
            },
            to,
            output,
            versions);
    }
}
