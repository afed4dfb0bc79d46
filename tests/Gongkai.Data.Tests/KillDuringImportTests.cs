using System.Diagnostics;
using Gongkai.Data.Import;
using Gongkai.Data.Tests.Support;

namespace Gongkai.Data.Tests;

/// <summary>
/// <c>kill -9</c> of <c>gongkai import</c> at random moments, on a real process: the registry stays consistent
/// after every kill, and the rerun completes it to exactly what one uninterrupted import stores.
/// </summary>
public sealed class KillDuringImportTests
{
    [Theory]
    [MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task Killing_the_import_at_random_points_then_rerunning_gives_the_registry_of_one_clean_run(string backend)
    {
        var corpus = Corpus.Write(count: 500, seed: 21);
        var broken = Path.Combine(corpus.Directory, "broken.docx");
        await File.WriteAllBytesAsync(broken, [0x50, 0x4B, 0x03, 0x04, 9, 9, 9]);

        var clean = Backends.Create(backend);
        var timer = Stopwatch.StartNew();
        await new Importer(clean).RunAsync([corpus.Directory]);
        var importMs = (int)timer.ElapsedMilliseconds;

        var target = Backends.Target(backend);
        var killed = new Database(target);
        var rng = new Random(backend.Length * 7919);
        var kills = 0;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var p = StartImport(corpus.Directory, target);
            // Start-up, then anywhere in an import as long as the clean one took (a rerun skips what is stored, so later
            // kills come sooner).
            await Task.Delay(300 + rng.Next(importMs));
            if (!p.HasExited)
            {
                p.Kill(entireProcessTree: true);
                kills++;
            }

            await p.WaitForExitAsync();
            await Consistency.AssertAsync(killed);
        }

        Assert.True(kills >= 3, $"only {kills} imports were still running when killed: the corpus is too small to test anything");
        using (var last = StartImport(corpus.Directory, target))
        {
            await last.WaitForExitAsync();

            // 2 when this run met the broken file, 0 when a killed run had already stored it (with its error).
            Assert.Contains(last.ExitCode, new[] { 0, 2 });
        }

        await Consistency.AssertAsync(killed);
        Assert.Equal(await Consistency.ContentAsync(clean), await Consistency.ContentAsync(killed));
    }

    private static Process StartImport(string directory, DatabaseTarget target)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "gongkai.dll"), "import", directory, "--db", target.ConnectionString })
        {
            info.ArgumentList.Add(a);
        }

        var p = Process.Start(info)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }
}
