using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Core.Tests.Support;
using Gongkai.Reading;
using Gongkai.Reports;
using Gongkai.Similarity;

namespace Gongkai.Core.Tests.Similarity;

/// <summary>Narratives for the similarity tests: the seeds, two hand-written reports, edits a copier makes, and a synthetic corpus.</summary>
internal static partial class NarrativeSamples
{
    /// <summary>The five seed reports' narratives (ids 0–4), as the recognizer reads them.</summary>
    public static NarrativeDoc[] Seeds { get; } =
        [.. TestPaths.SeedTexts.Select((path, i) => NarrativeDoc.Of(i, ReportPipeline.ReadText(File.ReadAllText(path), path).Report!))];

    /// <summary>The statutory frame of a 2021-format report: the six headings, the opening sentences and section 六's four items.</summary>
    public static string Frame(string agency, int year, string overview, string problems, string other) => $"""
        一、总体情况
        根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《政府信息公开信息处理费管理办法》要求，现公布{agency}{year}年度政府信息公开工作年度报告。本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。本年度报告电子版可在门户网站查阅或下载。如对本报告有任何疑问，请与{agency}办公室联系。
        {overview}
        二、主动公开政府信息情况
        三、收到和处理政府信息公开申请情况
        四、政府信息公开行政复议、行政诉讼情况
        五、存在的主要问题及改进情况
        {problems}
        六、其他需要报告的事项
        {other}
        """;

    /// <summary>A county bureau's report, written independently of <see cref="Subdistrict"/>; both follow the same template.</summary>
    public static NarrativeDoc Bureau { get; } = new(101, Frame("县市场监督管理局", 2024,
        "2024年，我局围绕食品安全、特种设备、价格监管等群众关注的重点领域，把信息公开融入日常监管全过程。（一）主动公开方面，全年在门户网站发布行政许可、行政处罚等监管信息326条，“双随机、一公开”抽查结果全部在结束后二十个工作日内公示。（二）依申请公开方面，共收到申请15件，主要涉及企业登记档案和投诉举报处理结果，均在法定期限内答复。（三）政府信息管理方面，修订了信息发布保密审查办法，明确科室初审、分管领导复审、主要领导终审的三级审核流程。（四）平台建设方面，对网站栏目进行了梳理归并，将原有的二十多个栏目整合为监管执法、政策文件、办事服务三大板块。（五）监督保障方面，将公开工作纳入股室年度考核，每季度通报一次更新情况。",
        "（一）上年度问题整改情况：针对上年度执法信息公示不及时的问题，已建立处罚决定作出后七日内公示的台账制度。（二）存在的主要问题：部分监管数据仍以附件形式发布，检索不便；基层所的公开意识参差不齐。（三）改进措施：推动抽查检查结果以结构化数据发布，组织基层所开展专题培训。",
        "（一）信息处理费收取情况：本年度未收取信息处理费。（二）落实上级年度政务公开工作要点情况：已按要点完成全部任务。（三）人大代表建议和政协提案办理结果公开情况：本年度承办建议提案4件，办理结果均已公开。（四）年度政务公开工作创新情况：开设“食品安全抽检”专栏，按月发布抽检结果。"),
        "县市场监督管理局");

    /// <summary>A subdistrict office's report on the same template, written independently of <see cref="Bureau"/>.</summary>
    public static NarrativeDoc Subdistrict { get; } = new(102, Frame("城关街道办事处", 2024,
        "2024年，城关街道把政务公开作为联系居民的重要渠道，重点在社区层面下功夫。一是主动公开更贴近居民，依托十二个社区的公开栏和居民微信群，发布低保审核、老旧小区改造、垃圾分类等信息540余条。二是依申请公开办理更规范，全年收到申请3件，均为房屋征收补偿方面，街道会同征收办逐件核实后书面答复。三是信息管理更严格，落实先审后发，涉及居民身份证号、住址等个人信息一律隐去。四是平台建设有新进展，在便民服务中心设置政务公开查阅点，配备自助查询机两台。五是监督保障有落实，街道纪工委每半年对公开内容开展一次抽查。",
        "（一）上年度问题整改情况：上年度提出的社区公开栏更新慢问题，已明确每个社区一名信息员负责。（二）存在的主要问题：部分居民不习惯网上查阅，老年群体获取信息仍有困难；个别社区公开内容与街道网站不一致。（三）改进措施：在社区活动中心增加纸质公开资料，建立街道与社区信息同步发布机制。",
        "（一）信息处理费收取情况：本年度未收取信息处理费。（二）落实上级年度政务公开工作要点情况：已按要点完成全部任务。（三）人大代表建议和政协提案办理结果公开情况：本年度无承办的建议提案。（四）年度政务公开工作创新情况：试点“社区公开日”，每月第一个周五集中答复居民关心的问题。"),
        "城关街道办事处");

    /// <summary>Every number replaced by another one (what a copier updates first).</summary>
    public static string ChangeNumbers(string text, Random rng) =>
        DigitsRegex().Replace(text, m => rng.Next(0, (int)Math.Pow(10, m.Length)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>One Chinese character in about every <paramref name="every"/> replaced by another (light rewording).</summary>
    public static string Reword(string text, Random rng, int every)
    {
        var chars = text.ToCharArray();
        for (var i = rng.Next(every); i < chars.Length; i += every)
        {
            if (chars[i] is >= '\u4E00' and <= '\u9FFF')
            {
                chars[i] = Vocabulary[rng.Next(Vocabulary.Length)][0];
            }
        }

        return new string(chars);
    }

    /// <summary>Distinct two-character words of the seeds' narratives: the vocabulary of the synthetic sentences.</summary>
    public static string[] Vocabulary { get; } = [.. Seeds
        .SelectMany(d => HanRunRegex().Matches(d.Text).SelectMany(m => Enumerable.Range(0, m.Length / 2).Select(i => m.Value.Substring(2 * i, 2))))
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>A sentence of 8–14 words from the seeds' vocabulary, sometimes with a count: what a bank of sentences is made of.</summary>
    public static string Sentence(Random rng)
    {
        var sb = new StringBuilder();
        var words = rng.Next(8, 15);
        for (var w = 0; w < words; w++)
        {
            sb.Append(Vocabulary[rng.Next(Vocabulary.Length)]);
            if (w == words / 2)
            {
                sb.Append(rng.Next(3) == 0 ? $"{rng.Next(1, 500)}件，" : "，");
            }
        }

        return sb.Append('。').ToString();
    }

    /// <summary>A report with the statutory frame whose own text is <paramref name="sentences"/> sentences of the bank.</summary>
    public static string FromBank(IReadOnlyList<string> bank, Random rng, int sentences, string agency, int year)
    {
        string Take(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => bank[rng.Next(bank.Count)]));
        var overview = sentences * 6 / 10;
        var problems = sentences * 3 / 10;
        return Frame(agency, year, Take(overview), Take(problems), Take(sentences - overview - problems));
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex DigitsRegex();

    [GeneratedRegex(@"[\u4E00-\u9FFF]+")]
    private static partial Regex HanRunRegex();

    public static string Section(NarrativeDoc doc, SectionKind kind)
    {
        var start = doc.Text.IndexOf(kind.Heading(), StringComparison.Ordinal);
        var next = SectionKinds.All.Where(k => k > kind).Select(k => doc.Text.IndexOf(k.Heading(), StringComparison.Ordinal)).Where(i => i > start).DefaultIfEmpty(doc.Text.Length).Min();
        return doc.Text[start..next];
    }
}
