using System.Collections.Immutable;
using System.Globalization;
using Gongkai.Reports;

namespace Gongkai.Agencies;

/// <summary>
/// Places a report's issuing agency in the tree province › city › county › township, from its name first and its
/// narrative second, saying how sure it is and why.
/// </summary>
/// <remarks>
/// <para>The name decides when its units leave one division (巨鹿县官亭镇政府, or 洺州镇, the only one in the
/// country): confidence 0.9, up to 1 when the text agrees (it mentions a unit above, calls itself 我镇).</para>
/// <para>When the name leaves several (东明镇人民政府: three in the country), the text chooses: the units above it
/// that it mentions (县 4, 市 2, 省 1 points, names of three characters or more), and the kind of its superior
/// (县委、县政府 rules out a 东明镇 under a 旗 or a 市). One winner: confidence 0.8 when a county or city named
/// it, 0.65 for a province, 0.6 for the superior's kind alone. Otherwise the path stops at what all the remaining
/// candidates share, confidence 0.1–0.45 by depth: the placer never guesses silently.</para>
/// <para>A text that calls itself differently (我镇 in a 教育局's report) or mentions only another province lowers the
/// confidence and says so.</para>
/// </remarks>
public static class AgencyPlacer
{
    private static readonly Dictionary<DivisionLevel, int> Weights = new()
    {
        [DivisionLevel.Province] = 1, [DivisionLevel.City] = 2, [DivisionLevel.County] = 4, [DivisionLevel.Township] = 4,
    };

    /// <summary>Places <see cref="AnnualReport.Agency"/> using the report's sections as context.</summary>
    public static Placement Infer(AnnualReport report, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Infer(report.Agency, report.Sections.OrderBy(kv => kv.Key).Select(kv => kv.Value), gazetteer);
    }

    /// <summary>Places an agency name using <paramref name="texts"/> (the narrative) as context.</summary>
    public static Placement Infer(string? agency, IEnumerable<string> texts, Gazetteer? gazetteer = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (string.IsNullOrWhiteSpace(agency))
        {
            return Placement.Nowhere(null, "未识别到发布机构名称");
        }

        var g = gazetteer ?? Gazetteer.Default;
        var name = AgencyNames.Parse(agency, g);
        var text = new PlacementText(texts);
        var evidence = new List<string>();
        var chain = AgencyNames.Chain(g, name.Regions);
        for (var i = 0; i < chain.Count; i++)
        {
            evidence.Add($"机构名称含“{name.Regions[i].Text}”");
        }

        var complete = chain.Count == name.Regions.Length;
        if (!complete)
        {
            var broken = name.Regions[chain.Count];
            evidence.Add(broken.Candidates.IsEmpty
                ? $"“{broken.Text}”不在行政区划表中"
                : $"“{broken.Text}”不在“{name.Regions[chain.Count - 1].Text}”辖区内");
        }

        if (chain.Count == 0)
        {
            return FromText(g, name, text, evidence);
        }

        var candidates = chain[^1];
        Division? chosen = null;
        double confidence;
        if (candidates.Length == 1)
        {
            chosen = candidates[0];
            if (name.Regions.Length == 1 && complete)
            {
                evidence.Add($"“{chosen.Name}”在行政区划中仅此一处");
            }

            confidence = 0.9;
        }
        else
        {
            (chosen, confidence, candidates) = Choose(g, candidates, name.Department is not null, text, evidence);
        }

        if (chosen is null)
        {
            var common = CommonPath(g, candidates);
            evidence.Add(common.IsEmpty ? "无法确定所属地区" : $"只能确定到“{common[^1].Name}”");
            return new Placement(common, name.Department, name.Normalized, [], Round(0.1 + (0.1 * common.Length)), [.. evidence], false);
        }

        confidence += Corroboration(g, chosen, name, text, evidence);
        if (!complete)
        {
            confidence = Math.Min(confidence, 0.5);
        }

        return complete
            ? new Placement(g.PathTo(chosen), name.Department, AgencyNames.Canonical(chosen, name.Department, g), AgencyNames.Aliases(chosen, name.Department, g), Round(confidence), [.. evidence], true)
            : new Placement(g.PathTo(chosen), name.Department, name.Normalized, [], Round(confidence), [.. evidence], false);
    }

    /// <summary>Chooses among several divisions of the same name by the superior's kind and the units the text mentions.</summary>
    private static (Division? Chosen, double Confidence, ImmutableArray<Division> Left) Choose(
        Gazetteer g, ImmutableArray<Division> candidates, bool department, PlacementText text, List<string> evidence)
    {
        evidence.Add($"“{candidates[0].Name}”在行政区划中有 {candidates.Length} 处：{string.Join("、", candidates.Take(6).Select(c => Where(g, c)))}{(candidates.Length > 6 ? "等" : "")}");
        var byKind = false;
        if (text.SuperiorKinds.Count > 0)
        {
            var fit = candidates.Where(c => KindOfSuperior(g, c, department) is { } k && text.SuperiorKinds.Contains(k)).ToImmutableArray();
            if (!fit.IsEmpty && fit.Length < candidates.Length)
            {
                var kinds = string.Join("、", text.SuperiorKinds);
                evidence.Add($"正文称“{text.SuperiorKinds[0]}委、{text.SuperiorKinds[0]}政府”，上级为{kinds}：符合的有 {fit.Length} 处");
                candidates = fit;
                byKind = true;
            }
        }

        var scored = candidates.Select(c => (Division: c, Score: Score(g, c, candidates, text))).ToList();
        var best = scored.Max(s => s.Score.Points);
        var top = scored.Where(s => s.Score.Points == best).ToList();
        if (top.Count == 1 && best > 0)
        {
            foreach (var m in top[0].Score.Mentioned)
            {
                evidence.Add($"正文提及“{m.Name}”");
            }

            var deepest = top[0].Score.Mentioned.Max(m => m.Level);
            evidence.Add($"据此定位为{Where(g, top[0].Division)}");
            return (top[0].Division, deepest >= DivisionLevel.City ? 0.8 : 0.65, [top[0].Division]);
        }

        if (candidates.Length == 1 && byKind)
        {
            evidence.Add($"据此定位为{Where(g, candidates[0])}");
            return (candidates[0], 0.6, candidates);
        }

        return (null, 0, best > 0 ? [.. top.Select(t => t.Division)] : candidates);
    }

    /// <summary>Points for the units above <paramref name="c"/> that the text mentions and that tell it apart from the others.</summary>
    private static (int Points, List<Division> Mentioned) Score(Gazetteer g, Division c, ImmutableArray<Division> all, PlacementText text)
    {
        var mentioned = new List<Division>();
        var points = 0;
        foreach (var a in g.PathTo(c).SkipLast(1))
        {
            if (text.Mentions(a) && !all.All(o => g.Contains(a, o)))
            {
                mentioned.Add(a);
                points += Weights[a.Level];
            }
        }

        return (points, mentioned);
    }

    /// <summary>The text's agreement or disagreement with a placement that the name decided, as a change of confidence.</summary>
    private static double Corroboration(Gazetteer g, Division chosen, AgencyName name, PlacementText text, List<string> evidence)
    {
        var change = 0.0;
        var path = g.PathTo(chosen);
        var mentioned = path.SkipLast(1).Where(a => text.Mentions(a) && !evidence.Contains($"正文提及“{a.Name}”")).ToList();
        foreach (var a in mentioned)
        {
            evidence.Add($"正文提及“{a.Name}”");
        }

        if (mentioned.Count > 0)
        {
            change += 0.05;
        }

        if (text.RegulationProvince is { } rp)
        {
            var agrees = rp == path[0].Name;
            evidence.Add($"正文引用《{rp}实施〈中华人民共和国政府信息公开条例〉办法》{(agrees ? "" : "，与所定省份不符")}");
            change += agrees ? 0.05 : -0.2;
        }
        else if (!text.Mentions(path[0]) && g.Provinces.FirstOrDefault(p => p.Name.Length >= 3 && text.Count(p.Name) > 0) is { } other)
        {
            evidence.Add($"正文提及“{other.Name}”，未提及“{path[0].Name}”");
            change -= 0.2;
        }

        if (text.SelfReferences.Count > 0)
        {
            var self = text.SelfReferences[0];
            switch (SelfAgreement(self, chosen, name.Department))
            {
                case true:
                    evidence.Add($"正文自称“{self}”");
                    change += 0.05;
                    break;
                case false:
                    evidence.Add($"正文自称“{self}”，与机构名称不符");
                    change -= 0.15;
                    break;
            }
        }

        return change;
    }

    /// <summary>True when 我镇/我局 … fits the agency, false when it contradicts it, null when it says nothing (本机关, 我单位).</summary>
    private static bool? SelfAgreement(string self, Division unit, string? department)
    {
        var word = self[1..];
        if (word is "机关" or "单位")
        {
            return null;
        }

        var township = word is "镇" or "乡" or "街道" or "苏木";
        var office = word is "局" or "委" or "办" or "厅";
        if (department is not null)
        {
            return township ? false : office ? department.Contains(word, StringComparison.Ordinal) || (word == "办" && department.EndsWith("室", StringComparison.Ordinal)) ? true : null : null;
        }

        var kind = DivisionNames.Kind(unit.Name);
        return kind == word || (kind == "自治区" && word == "区") ? true : township || office ? false : unit.Level == DivisionLevel.Township ? false : null;
    }

    /// <summary>A name without units of the gazetteer: the county or city the text names most, when exactly one division has that name.</summary>
    private static Placement FromText(Gazetteer g, AgencyName name, PlacementText text, List<string> evidence)
    {
        if (name.Regions.Length == 0)
        {
            evidence.Add("机构名称未含行政区划名称");
        }

        foreach (var (unitName, count) in text.UnitNames(g).Take(1))
        {
            var named = g.Named(unitName).Where(d => d.Level is DivisionLevel.City or DivisionLevel.County).ToImmutableArray();
            evidence.Add($"正文提及“{unitName}” {count.ToString(CultureInfo.InvariantCulture)} 次");
            if (named.Length != 1)
            {
                var common = CommonPath(g, named);
                evidence.Add(common.IsEmpty ? "无法确定所属地区" : $"只能确定到“{common[^1].Name}”");
                return new Placement(common, name.Department, name.Normalized, [], Round(0.05 * common.Length), [.. evidence], false);
            }

            var unit = named[0];
            var selfFits = name.Department is not null && text.SelfReferences.Any(s => s[1..] == DivisionNames.Kind(unit.Name));
            if (selfFits)
            {
                evidence.Add($"正文自称“我{DivisionNames.Kind(unit.Name)}”");
                return new Placement(g.PathTo(unit), name.Department, AgencyNames.Canonical(unit, name.Department, g), AgencyNames.Aliases(unit, name.Department, g), 0.45, [.. evidence], true);
            }

            return new Placement(g.PathTo(unit), name.Department, name.Normalized, [], 0.3, [.. evidence], false);
        }

        evidence.Add("正文也未提及可定位的地名");
        return new Placement([], name.Department, name.Normalized, [], 0, [.. evidence], false);
    }

    /// <summary>The kind of body a report calls its leadership (县委、县政府): a government's superior, a department's own government.</summary>
    private static string? KindOfSuperior(Gazetteer g, Division d, bool department) => department
        ? DivisionNames.Kind(d.Name)
        : g.Parent(d) is { } p ? DivisionNames.Kind(p.Name) : null;

    /// <summary>The path the divisions share from the province down (empty when they are in different provinces).</summary>
    private static ImmutableArray<Division> CommonPath(Gazetteer g, IReadOnlyList<Division> divisions)
    {
        if (divisions.Count == 0)
        {
            return [];
        }

        var paths = divisions.Select(g.PathTo).ToList();
        var common = new List<Division>();
        for (var i = 0; paths.All(p => p.Length > i && p[i].Code == paths[0][i].Code); i++)
        {
            common.Add(paths[0][i]);
        }

        return divisions.Count == 1 ? paths[0] : [.. common];
    }

    private static string Where(Gazetteer g, Division d) => string.Concat(g.PathTo(d).Select(x => x.Name));

    private static double Round(double confidence) => Math.Round(Math.Clamp(confidence, 0, 1), 2);
}
