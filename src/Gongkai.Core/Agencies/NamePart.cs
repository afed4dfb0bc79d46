using System.Collections.Immutable;

namespace Gongkai.Agencies;

/// <summary>One administrative unit named in an agency's name: 巨鹿县 in 巨鹿县官亭镇政府.</summary>
/// <param name="Text">The unit as the name prints it (巨鹿县).</param>
/// <param name="Level">The level the unit is read at: from the gazetteer, or from its suffix when the gazetteer does not know it.</param>
/// <param name="Candidates">
/// Every division of that level with this name, anywhere in the country (not yet narrowed by the other units of
/// the name); empty when the gazetteer has no such name.
/// </param>
public sealed record NamePart(string Text, DivisionLevel Level, ImmutableArray<Division> Candidates);
