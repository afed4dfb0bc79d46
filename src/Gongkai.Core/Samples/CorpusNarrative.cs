using System.Collections.Immutable;
using Gongkai.Agencies;
using Gongkai.Reports;

namespace Gongkai.Samples;

/// <summary>
/// The six sections' text for a generated agency, varied sentence by sentence so two agencies' overviews are not
/// near-duplicates: the body calls itself (我镇, 我局), names its leadership (巨鹿县委、县政府) and sometimes its
/// province, and quotes the applications received exactly as 表三 counts them.
/// </summary>
internal static class CorpusNarrative
{
    private static readonly string[] Goals =
    [
        "扎实推进政府信息公开工作", "持续深化政务公开，不断提升工作透明度", "着力提升政务公开标准化规范化水平", "推动政务公开工作取得新成效",
        "以公开促落实、以公开促规范、以公开促服务", "切实保障人民群众的知情权、参与权和监督权",
    ];

    private static readonly string[] ProactiveDetails =
    [
        "重点公开财政预决算、重大项目、惠民政策等信息", "及时发布政策文件、工作动态和通知公告", "围绕乡村振兴、民生保障等重点领域做好信息发布",
        "同步做好政策解读，运用图文、问答等方式回应关切", "按照基层政务公开标准目录逐项公开", "加强重点领域信息公开，确保信息准确及时",
    ];

    private static readonly string[] Management =
    [
        "严格执行公开前保密审查制度，坚持“先审后发”", "落实“三审三校”制度，严把信息发布关", "定期梳理已公开信息，及时更新或撤下过时内容",
        "健全政府信息公开工作机制，明确专人负责", "规范信息公开申请登记、审核、办理、答复、归档流程",
    ];

    private static readonly string[] Platforms =
    [
        "依托{0}政府信息公开平台集中发布信息", "用好{0}门户网站和政务新媒体，拓宽公开渠道", "在便民服务大厅设置政务公开专区，方便群众查阅",
        "通过公示栏、微信公众号等渠道同步发布信息", "加强{0}政务公开专栏的日常维护，保证栏目及时更新",
    ];

    private static readonly string[] Problems =
    [
        "公开内容还不够丰富，信息更新还不够及时", "政策解读形式较为单一，解读质量有待提升", "工作人员业务能力有待加强，培训还不够系统",
        "基层政务公开标准化规范化程度仍有差距", "信息公开与群众需求的对接还不够精准",
    ];

    private static readonly string[] Measures =
    [
        "加强业务培训，提升工作人员能力", "完善工作制度，规范公开流程", "丰富解读形式，提高政策解读质量", "强化监督检查，确保信息及时更新",
        "聚焦群众关切，拓展公开内容",
    ];

    public static Dictionary<SectionKind, string> Write(Random rng, Gazetteer g, CorpusAgency agency, string name, int year, ReportFormat format, decimal received)
    {
        var path = g.PathTo(agency.Unit);
        var self = Self(agency);
        var (leaders, platform) = Context(g, agency, path);
        var subject = rng.Next(3) == 0 ? self : agency.Department is null ? agency.Unit.Name : name;
        var lines = new List<string> { SectionKind.Overview.Heading() };
        var goal = Pick(rng, Goals);
        lines.Add(rng.Next(3) switch
        {
            0 => $"{year}年，{subject}在{leaders}的正确领导下，认真贯彻落实《中华人民共和国政府信息公开条例》，{goal}。",
            1 => $"{year}年，{subject}坚持以习近平新时代中国特色社会主义思想为指导，认真落实{leaders}关于政务公开工作的部署，{goal}。",
            _ => $"{year}年以来，{subject}严格按照《中华人民共和国政府信息公开条例》和{leaders}的工作要求，{goal}。",
        });
        if (rng.Next(2) == 0)
        {
            lines.Add(rng.Next(2) == 0
                ? $"根据《{path[0].Name}实施〈中华人民共和国政府信息公开条例〉办法》等规定，{self}认真做好信息公开各项工作。"
                : $"{self}严格执行《{path[0].Name}政府信息公开申请办理规范》，进一步规范申请办理工作。");
        }

        lines.Add($"（一）主动公开。全年主动公开政府信息{rng.Next(5, agency.Unit.Level == DivisionLevel.Township ? 120 : 900)}条，{Pick(rng, ProactiveDetails)}。");
        lines.Add(received > 0
            ? $"（二）依申请公开。全年共收到政府信息公开申请{received}件，均在法定期限内答复。"
            : $"（二）依申请公开。{year}年{self}未收到政府信息公开申请。");
        lines.Add($"（三）政府信息管理。{self}{Pick(rng, Management)}。");
        lines.Add($"（四）平台建设。{string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(rng, Platforms), platform)}。");

        var first = rng.Next(Problems.Length);
        var measure = rng.Next(Measures.Length);
        return new Dictionary<SectionKind, string>
        {
            [SectionKind.Overview] = string.Join("\n", lines),
            [SectionKind.Proactive] = SectionKind.Proactive.Heading(),
            [SectionKind.Applications] = SectionKind.Applications.Heading(),
            [SectionKind.Appeals] = SectionKind.Appeals.Heading(),
            [SectionKind.Problems] = $"{SectionKind.Problems.Heading()}\n（一）存在的问题：{Problems[first]}；{Problems[(first + 1 + rng.Next(Problems.Length - 1)) % Problems.Length]}。\n（二）改进措施：下一步，{self}将{Measures[measure]}，{Measures[(measure + 1) % Measures.Length]}。",
            [SectionKind.Other] = format == ReportFormat.Revised2021
                ? $"{SectionKind.Other.Heading()}\n（一）本年度未收取信息处理费。\n（二）落实上级年度政务公开工作要点情况：已按要求落实。"
                : $"{SectionKind.Other.Heading()}\n无。",
        };
    }

    /// <summary>How the body calls itself: 我镇, 我街道, 我县, 我局, 我委, 我厅, 我办.</summary>
    private static string Self(CorpusAgency agency)
    {
        if (agency.Department is { } d)
        {
            return d.EndsWith("委员会", StringComparison.Ordinal) ? "我委"
                : d.EndsWith('厅') && !d.StartsWith("人民政府", StringComparison.Ordinal) ? "我厅"
                : d.StartsWith("人民政府", StringComparison.Ordinal) ? "我办"
                : "我局";
        }

        return DivisionNames.Kind(agency.Unit.Name) switch
        {
            "街道" => "我街道",
            "苏木" => "我苏木",
            "自治区" => "我区",
            "地区" => "我地区",
            { } k => "我" + k,
            null => "我单位",
        };
    }

    /// <summary>The leadership the text names (巨鹿县委、县政府) and the platform's owner (巨鹿县).</summary>
    private static (string Leaders, string Platform) Context(Gazetteer g, CorpusAgency agency, ImmutableArray<Division> path)
    {
        // A government answers to the one above it; a department to its own government.
        var over = agency.Department is null ? (path.Length >= 2 ? path[^2] : null) : agency.Unit;
        if (over is null)
        {
            return ("党中央、国务院", agency.Unit.Name);
        }

        var kind = DivisionNames.Kind(over.Name) switch
        {
            "自治区" => "自治区",
            "地区" or "盟" => "行署",
            { } k => k,
            null => "",
        };
        var leaders = kind == "行署" ? $"{over.Name}委、行署" : $"{over.Name}委、{kind}政府";
        return (leaders, AgencyNames.Qualified(g, over));
    }

    private static string Pick(Random rng, string[] pool) => pool[rng.Next(pool.Length)];
}
