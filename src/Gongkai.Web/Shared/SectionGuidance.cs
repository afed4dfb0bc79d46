using Gongkai.Reports;

namespace Gongkai.Web.Shared;

/// <summary>
/// What each section of the 2021 template must contain, shown beside its text box while a clerk writes
/// (《政府信息公开条例》第五十条; 国办公开办函〔2021〕30号; shared/spec/domain-rules.md §1.3).
/// </summary>
public static class SectionGuidance
{
    public sealed record Text(string Zh, string En);

    public static Text For(SectionKind kind) => kind switch
    {
        SectionKind.Overview => new(
            "概述本机关贯彻落实《政府信息公开条例》的总体情况，主要包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面；" +
            "各级人民政府还应在监督保障中报告工作考核、社会评议和责任追究结果（条例第五十条第四项）。内容应当“不能遗漏，也不宜泛化”，避免与往年或其他机关内容雷同。",
            "How the agency implemented the Regulations, under five headings: proactive disclosure, disclosure on request, information management, " +
            "disclosure platforms, and supervision (for governments also assessment, public evaluation and accountability, Art. 50(4)). Complete but specific; no copied text."),
        SectionKind.Proactive => new(
            "下表按条例第二十条第（一）（五）（六）（八）项填报本年度主动公开情况。可在此补充简要说明（可不填）。行政事业性收费金额单位为万元。",
            "The tables report proactive disclosure under Art. 20 items (1), (5), (6) and (8). Optional introductory text; fee amounts are in 10,000 yuan."),
        SectionKind.Applications => new(
            "下表按申请人类别填报收到和处理申请情况。勾稽关系：每列“一、本年新收”加“二、上年结转”等于“三、本年度办理结果（七）总计”加“四、结转下年度继续办理”。" +
            "每件申请只计入一种办理结果；区分处理的只计入“部分公开”。“上年结转”已按上年度报告的“结转下年度继续办理”预填。总计列和总计行由系统计算。",
            "Applications by applicant type. Per column: new + carried in = outcomes total + carried out. Each application counts under one outcome only; " +
            "partly disclosed ones only under 部分公开. Carried in is prefilled from last year's carried out. Totals are computed."),
        SectionKind.Appeals => new(
            "下表填报因政府信息公开工作引发的行政复议、行政诉讼情况；每组总计等于结果维持、结果纠正、其他结果、尚未审结之和（由系统计算）。",
            "Administrative reconsideration and litigation caused by disclosure work; each group's total is the sum of its four results (computed)."),
        SectionKind.Problems => new(
            "如实报告本机关政府信息公开工作存在的主要问题和改进情况，宜包括上年度问题的整改情况、本年度存在的问题及具体改进措施。",
            "The main problems of the agency's disclosure work and how they are being improved: last year's problems and their rectification, this year's problems, concrete measures."),
        _ => new(
            "报告其他需要报告的事项，通常包括：（一）依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）收取信息处理费的情况（未收取的写明）；" +
            "（二）落实上级年度政务公开工作要点情况；（三）人大代表建议和政协提案办理结果公开情况；（四）年度政务公开工作创新情况。",
            "Other matters, usually: (1) information processing fees charged under 国办函〔2020〕109号 (say so if none); (2) implementation of the year's " +
            "key points from above; (3) publication of the handling of deputies' and CPPCC proposals; (4) innovations."),
    };

    /// <summary>Whether the section is all narrative (一, 五, 六) or tables with an optional introduction (二–四).</summary>
    public static bool IsNarrative(SectionKind kind) => kind is SectionKind.Overview or SectionKind.Problems or SectionKind.Other;
}
