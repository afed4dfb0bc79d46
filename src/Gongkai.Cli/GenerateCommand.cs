using System.CommandLine;
using System.IO.Compression;
using System.Text;
using Gongkai.Samples;

namespace Gongkai.Cli;

/// <summary><c>gongkai generate --count N [--seed S] [--years 2019-2024] -o DIR|FILE.zip</c>: a synthetic national corpus.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var count = new Option<int>("--count") { Description = "报告份数（number of reports）", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "随机种子，同一种子生成同样的语料（random seed; same seed, same corpus）", DefaultValueFactory = _ => 1 };
        var years = new Option<string>("--years") { Description = "年度范围（years covered），默认 2019-2024", DefaultValueFactory = _ => "2019-2024", HelpName = "FROM-TO" };
        var clean = new Option<bool>("--no-faults") { Description = "不注入错误（no injected faults）" };
        var output = new Option<string>("--output", "-o") { Description = "输出目录，或 .zip 文件（a directory or a .zip file）", Required = true, HelpName = "DIR|FILE.zip" };
        var command = new Command("generate", "生成全国规模的模拟年报语料：真实的行政区划与部门、两种模板、合理的数字和注入的错误（a synthetic national corpus for tests and benchmarks）")
        {
            count,
            seed,
            years,
            clean,
            output,
        };
        command.SetAction((r, ct) =>
        {
            var range = r.GetValue(years)!.Split('-');
            if (range.Length != 2 || !int.TryParse(range[0], out var first) || !int.TryParse(range[1], out var last) || first < 2019 || last < first)
            {
                context.Error("gongkai: --years 须形如 2019-2024（--years must look like 2019-2024）");
                return Task.FromResult(ExitCodes.Unreadable);
            }

            var options = new NationalCorpusOptions { Seed = r.GetValue(seed), Count = r.GetValue(count), FirstYear = first, LastYear = last };
            if (r.GetValue(clean))
            {
                options = options.WithoutFaults();
            }

            var target = r.GetValue(output)!;
            var written = 0;
            if (target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                using var zip = ZipFile.Open(target, ZipArchiveMode.Create);
                foreach (var item in NationalCorpus.Generate(options))
                {
                    ct.ThrowIfCancellationRequested();
                    var entry = zip.CreateEntry($"{item.Report.Year}/{item.FileName}", CompressionLevel.Fastest);
                    using var stream = entry.Open();
                    stream.Write(Encoding.UTF8.GetBytes(item.Text));
                    written++;
                }
            }
            else
            {
                foreach (var item in NationalCorpus.Generate(options))
                {
                    ct.ThrowIfCancellationRequested();
                    var dir = Directory.CreateDirectory(Path.Combine(target, $"{item.Report.Year}")).FullName;
                    File.WriteAllText(Path.Combine(dir, item.FileName), item.Text);
                    written++;
                }
            }

            context.Stdout.WriteLine($"已生成 {written} 份报告到 {target}");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
