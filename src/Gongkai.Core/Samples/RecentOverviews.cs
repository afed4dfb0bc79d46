namespace Gongkai.Samples;

/// <summary>The last few overviews generated, for <see cref="CorpusFaults.CopiedNarrative"/>: a fixed ring, so memory stays bounded.</summary>
internal sealed class RecentOverviews(int capacity)
{
    private readonly (string File, string Agency, string Overview)[] ring = new (string, string, string)[capacity];
    private int count;
    private int next;

    public void Add(string file, string agency, string overview)
    {
        ring[next] = (file, agency, overview);
        next = (next + 1) % ring.Length;
        count = Math.Min(count + 1, ring.Length);
    }

    /// <summary>An overview of another agency than <paramref name="agency"/>, or null when there is none yet.</summary>
    public (string File, string Overview)? Other(string agency, Random rng)
    {
        for (var attempt = 0; attempt < 4 && count > 0; attempt++)
        {
            var e = ring[rng.Next(count)];
            if (e.Agency != agency)
            {
                return (e.File, e.Overview);
            }
        }

        return null;
    }
}
