using System.Collections.Immutable;
using System.IO.Compression;
using System.Security.Cryptography;
using Gongkai.Agencies;
using Gongkai.Checking;
using Gongkai.Data;
using Gongkai.Data.Import;
using Gongkai.Diagnostics;
using Gongkai.Reading;
using Gongkai.Recognition;
using Gongkai.Reports;
using Gongkai.Similarity;
using Gongkai.Writing;

namespace Gongkai.RegistryProfile;

/// <summary>
/// The CPU half of an import (<see cref="ReportPreparer.Prepare"/> plus the producer's SHA-256), split into the steps
/// it runs, each called here through the same public API the preparer uses, so each can be timed on its own.
/// </summary>
internal static class Stages
{
    public static IReadOnlyList<Stage> All { get; } =
    [
        new("SHA-256 of the file (producer thread)", d => SHA256.HashData(d.Bytes)),
        new("deflate the original (Fastest)", d => Deflate(d.Bytes)),
        new("parse: decode, grid, recognize", d =>
        {
            var outcome = ReportPipeline.Default.Read(d.Bytes, d.Source);
            d.Report = outcome.Report;
            d.Parsed = outcome.Diagnostics;
        }),
        new("check: every rule", d => d.Findings = [.. d.Parsed.AddRange(Checker.Check(d.Report!)).DistinctBy(x => (x.Code, x.Location, x.Message))]),
        new("place: AgencyPlacer + canonical names", d =>
        {
            var p = AgencyPlacer.Infer(d.Report!);
            foreach (var division in p.Path)
            {
                AgencyNames.Canonical(division);
            }
        }),
        new("canonical JSON", d => CanonicalJson.Write(d.Report!)),
        new("findings JSON", d => ReportPreparer.FindingsJson(d.Findings)),
        new("cell vector", d => CellVector.Encode(d.Report!)),
        new("MinHash: each section, whole = element-wise min", d =>
        {
            // As Narratives.Sign (internal): each section signed once, the whole narrative's signature the element-wise
            // minimum of the sections' (since 33fbbee; before, the whole narrative was shingled and signed a second time).
            uint[]? whole = null;
            foreach (var s in d.Report!.Sections.OrderBy(s => s.Key))
            {
                var signature = SimilarityModel.Default.Signature(new NarrativeDoc(0, s.Value, d.Report.Agency));
                signature.ToBytes();
                if (whole is null)
                {
                    whole = [.. signature.Values];
                    continue;
                }

                for (var i = 0; i < whole.Length; i++)
                {
                    whole[i] = Math.Min(whole[i], signature.Values[i]);
                }
            }
        }),
        new("publication date", d => PublicationDate.Find(d.Report!)),
    ];

    private static byte[] Deflate(byte[] bytes)
    {
        using var buffer = new MemoryStream(bytes.Length / 3);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        return buffer.ToArray();
    }
}

/// <summary>One timed step; the steps after parsing run only when the document was read as a report.</summary>
internal sealed record Stage(string Name, Action<Doc> Run);

/// <summary>One document going through the steps.</summary>
internal sealed class Doc(string source, byte[] bytes)
{
    public string Source { get; } = source;

    public byte[] Bytes { get; } = bytes;

    public AnnualReport? Report { get; set; }

    public ImmutableArray<Diagnostic> Parsed { get; set; } = [];

    public ImmutableArray<Diagnostic> Findings { get; set; } = [];
}
