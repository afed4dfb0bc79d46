using System.Text;
using Gongkai.Core.Tests.Support;
using Gongkai.Reading;

namespace Gongkai.Core.Tests.Reading;

/// <summary>Mutated seeds (bytes and lines, fixed seed): the pipeline never throws, whatever it is given.</summary>
public sealed class FuzzTests
{
    [Fact]
    public void NoMutationOfASeedMakesThePipelineThrow()
    {
        var seeds = TestPaths.SeedTexts.Select(File.ReadAllBytes).ToArray();
        var rng = new Random(20261121);
        for (var i = 0; i < 3000; i++)
        {
            var bytes = Mutate(seeds[i % seeds.Length], rng);
            var outcome = ReportPipeline.Default.Read(bytes, $"fuzz{i}.txt");
            Assert.True(outcome.Report is not null || !outcome.Diagnostics.IsEmpty, $"case {i}: no report and no reason");
        }
    }

    private static byte[] Mutate(byte[] seed, Random rng)
    {
        switch (rng.Next(6))
        {
            case 0:
                {
                    var b = (byte[])seed.Clone();
                    for (var k = 0; k < 1 + rng.Next(20); k++)
                    {
                        b[rng.Next(b.Length)] = (byte)rng.Next(256);
                    }

                    return b;
                }

            case 1:
                return seed[..rng.Next(seed.Length)];
            case 2:
                {
                    var lines = Encoding.UTF8.GetString(seed).Split('\n').ToList();
                    for (var k = 0; k < 1 + rng.Next(30) && lines.Count > 1; k++)
                    {
                        lines.RemoveAt(rng.Next(lines.Count));
                    }

                    return Encoding.UTF8.GetBytes(string.Join('\n', lines));
                }

            case 3:
                {
                    var lines = Encoding.UTF8.GetString(seed).Split('\n');
                    rng.Shuffle(lines);
                    return Encoding.UTF8.GetBytes(string.Join('\n', lines));
                }

            case 4:
                {
                    var text = Encoding.UTF8.GetString(seed);
                    var sb = new StringBuilder(text);
                    string[] junk = ["\t", "\n", "|", "  ", "0", "12345678901234567890123456789", "-", "/", "（", "一、", "总计", "\u3000", "\r"];
                    for (var k = 0; k < 1 + rng.Next(40); k++)
                    {
                        sb.Insert(rng.Next(sb.Length), junk[rng.Next(junk.Length)]);
                    }

                    return Encoding.UTF8.GetBytes(sb.ToString());
                }

            default:
                {
                    var text = Encoding.UTF8.GetString(seed).Replace('\n', rng.Next(2) == 0 ? '\t' : ' ');
                    return Encoding.UTF8.GetBytes(text);
                }
        }
    }
}
