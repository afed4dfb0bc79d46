using Gongkai.Agencies;

namespace Gongkai.Samples;

/// <summary>One agency of the generated country: a government (Department null) or one of its departments.</summary>
internal sealed record CorpusAgency(Division Unit, string? Department, int DepartmentIndex)
{
    /// <summary>Stable across corpus sizes: the division code and the department's place in its list.</summary>
    public ulong Key => (ulong.Parse(Unit.Code, System.Globalization.CultureInfo.InvariantCulture) * 32) + (ulong)DepartmentIndex;
}
