using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Gongkai.Similarity;

/// <summary>
/// Everything needed to compare narratives, built once and shared (immutable, thread-safe): the options, the
/// MinHash permutations, and the stop shingles — boilerplate learned from a corpus, on top of the statutory
/// phrases every model cuts out.
/// </summary>
/// <remarks>
/// The registry learns a model once (<see cref="Learn"/> on a sample of a few thousand reports), stores
/// <see cref="ToBytes"/>, computes and stores a <see cref="Signature"/> per report at import, and compares only
/// signatures of the same <see cref="Fingerprint"/>: a new model means recomputing the signatures.
/// </remarks>
public sealed partial class SimilarityModel
{
    private const byte FormatVersion = 1;

    private readonly MinHasher hasher;
    private readonly FrozenSet<ulong> stop;

    public SimilarityModel(SimilarityOptions? options = null)
        : this(options ?? SimilarityOptions.Default, [])
    {
    }

    private SimilarityModel(SimilarityOptions options, IEnumerable<ulong> stopShingles)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ShingleLength, 2, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Permutations, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Permutations, ushort.MaxValue, nameof(options));
        Options = options;
        stop = stopShingles.ToFrozenSet();
        hasher = new MinHasher(options.Permutations);

        var fingerprint = StableHash.Combine(StableHash.Combine(StableHash.Combine(FormatVersion, (ulong)StatutoryText.Version), (ulong)options.ShingleLength), (ulong)options.Permutations);
        foreach (var h in stop.Order())
        {
            fingerprint = StableHash.Combine(fingerprint, h);
        }

        Fingerprint = (uint)(fingerprint >> 32);
    }

    /// <summary>Default options and no learned stop shingles: only the statutory phrases are cut out.</summary>
    public static SimilarityModel Default { get; } = new();

    public SimilarityOptions Options { get; }

    /// <summary>Identifies the options and stop shingles; stored in every signature this model computes.</summary>
    public uint Fingerprint { get; }

    public int StopShingleCount => stop.Count;

    /// <summary>
    /// A model whose stop shingles are the shingles found in at least <see cref="SimilarityOptions.StopFrequency"/>
    /// of the documents and in at least <see cref="SimilarityOptions.StopMinDocuments"/> of them: the phrases of the
    /// template and the phrases every report uses (切实保障了人民群众的知情权…), which say nothing about copying.
    /// </summary>
    /// <remarks>
    /// A random sample of a few thousand reports is enough (2,000 reports estimate a 2 % document frequency within
    /// ±0.6 %, two standard errors); memory grows with the distinct shingles, about one per character of narrative.
    /// </remarks>
    public static SimilarityModel Learn(IEnumerable<NarrativeDoc> corpus, SimilarityOptions? options = null)
    {
        options ??= SimilarityOptions.Default;
        var plain = new SimilarityModel(options);
        var frequency = new Dictionary<ulong, int>();
        var documents = 0;
        foreach (var set in corpus.AsParallel().Select(doc => plain.Prepare(doc).Set))
        {
            documents++;
            foreach (var h in set)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(frequency, h, out _)++;
            }
        }

        var minimum = Math.Max(options.StopMinDocuments, (int)Math.Ceiling(options.StopFrequency * documents));
        return new SimilarityModel(options, frequency.Where(kv => kv.Value >= minimum).Select(kv => kv.Key));
    }

    /// <summary>The MinHash signature of a narrative (what the registry stores per report).</summary>
    public MinHashSignature Signature(NarrativeDoc doc) => SignatureOf(Prepare(doc).Set);

    internal MinHashSignature SignatureOf(ulong[] set) =>
        new(ImmutableCollectionsMarshal.AsImmutableArray(hasher.Mins(set)), set.Length, Fingerprint);

    /// <summary>
    /// The exact comparison of two narratives: Jaccard index and containment of their shingle sets, and the
    /// passages they share. What to call on each candidate pair, with the texts fetched again.
    /// </summary>
    public SimilarPair Compare(NarrativeDoc a, NarrativeDoc b) =>
        CompareAtLeast(a, b, 0) ?? throw new System.Diagnostics.UnreachableException("threshold 0 always compares");

    /// <summary>
    /// The comparison when the pair reaches <paramref name="threshold"/> and both narratives have at least
    /// <see cref="SimilarityOptions.MinShingles"/> distinctive shingles (always, for threshold 0); null otherwise,
    /// without looking for passages.
    /// </summary>
    internal SimilarPair? CompareAtLeast(NarrativeDoc a, NarrativeDoc b, double threshold)
    {
        var (pa, pb) = (Prepare(a), Prepare(b));
        var common = Shingles.Intersection(pa.Set, pb.Set);
        var union = pa.Set.Length + pb.Set.Length - common;
        var smaller = Math.Min(pa.Set.Length, pb.Set.Length);
        var jaccard = union == 0 ? 0 : (double)common / union;
        if (threshold > 0 && (jaccard < threshold || smaller < Options.MinShingles))
        {
            return null;
        }

        var containment = smaller == 0 ? 0 : (double)common / smaller;
        var passages = common == 0 ? [] : Passages.Find(pa, pb, this);
        return new SimilarPair(a.Id, b.Id, jaccard, containment, passages);
    }

    internal PreparedNarrative Prepare(NarrativeDoc doc)
    {
        var text = TextNormalizer.Normalize(doc.Text, AgencyNames.Patterns(doc.Agency), StatutoryText.Phrases);
        var positions = Shingles.AtPositions(text.Text, Options.ShingleLength);
        return new PreparedNarrative(text, positions, Shingles.Set(positions, stop));
    }

    internal bool IsStop(ulong shingle) => stop.Contains(shingle);
}
