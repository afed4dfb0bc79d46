using Gongkai.Casework.Statistics;

namespace Gongkai.Casework.Notices;

/// <summary>
/// The standard text of a 答复书 for each outcome, with its legal basis in 《中华人民共和国政府信息公开条例》
/// (2019 revision, 国务院令第711号; shared/spec/domain-rules.md §2.3 maps each reply to its article).
/// </summary>
public static class DecisionWording
{
    /// <summary>The title of the 条例 as a decision cites it.</summary>
    public const string Regulation = "《中华人民共和国政府信息公开条例》";

    private const string Withheld = "第三十六条第（三）项的规定，本机关不予公开。";
    private const string MayWithhold = "第三十六条第（三）项的规定，本机关决定不予公开。";
    private const string NotHandled = "本机关不再处理该政府信息公开申请。";

    /// <summary>The article the decision rests on, as the text cites it, e.g. <c>第三十六条第（二）项</c>.</summary>
    /// <remarks>
    /// 要求确认或重新出具已获取信息 has no article of its own (it is a category of the 2021 report template): the text
    /// cites 第二条, the definition of 政府信息, which such a request does not seek. 其他处理 cites the 条例 as a
    /// whole; the clerk's paragraphs give the specific ground.
    /// </remarks>
    public static string LegalBasis(ApplicationOutcome outcome) => outcome switch
    {
        ApplicationOutcome.Disclosed => "第三十六条第（二）项",
        ApplicationOutcome.PartlyDisclosed => "第三十七条",
        ApplicationOutcome.WithheldStateSecret or ApplicationOutcome.WithheldProhibited or ApplicationOutcome.WithheldSecurity => "第十四条",
        ApplicationOutcome.WithheldThirdParty => "第十五条",
        ApplicationOutcome.WithheldInternal => "第十六条第一款",
        ApplicationOutcome.WithheldDeliberative or ApplicationOutcome.WithheldEnforcement => "第十六条第二款",
        ApplicationOutcome.WithheldInquiry => "第三十六条第（七）项",
        ApplicationOutcome.UnableNotHeld => "第三十六条第（四）项",
        ApplicationOutcome.UnableNeedsCreation => "第三十八条",
        ApplicationOutcome.UnableUnclear or ApplicationOutcome.OtherNoCorrection => "第三十条",
        ApplicationOutcome.DeclinedComplaint => "第三十九条第一款",
        ApplicationOutcome.DeclinedDuplicate => "第三十六条第（六）项",
        ApplicationOutcome.DeclinedPublication => "第三十九条第二款",
        ApplicationOutcome.DeclinedExcessive => "第三十五条",
        ApplicationOutcome.DeclinedConfirmation => "第二条",
        ApplicationOutcome.OtherFeeUnpaid => "国办函〔2020〕109号",
        ApplicationOutcome.OtherMisc => Regulation,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>The standard paragraph of the decision: the finding, the article, and what the agency does.</summary>
    public static string Text(ApplicationOutcome outcome) => outcome switch
    {
        ApplicationOutcome.Disclosed =>
            $"经审查，您申请获取的政府信息属于可以公开的政府信息。根据{Regulation}第三十六条第（二）项的规定，本机关予以公开。",
        ApplicationOutcome.PartlyDisclosed =>
            $"经审查，您申请获取的政府信息中含有不应当公开或者不属于政府信息的内容，但能够作区分处理。根据{Regulation}第三十七条的规定，本机关向您提供可以公开的政府信息内容，并对不予公开的内容说明理由。",
        ApplicationOutcome.WithheldStateSecret =>
            $"经审查，您申请获取的政府信息属于国家秘密。根据{Regulation}第十四条、{Withheld}",
        ApplicationOutcome.WithheldProhibited =>
            $"经审查，您申请获取的政府信息属于法律、行政法规禁止公开的政府信息。根据{Regulation}第十四条、{Withheld}",
        ApplicationOutcome.WithheldSecurity =>
            $"经审查，您申请获取的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。根据{Regulation}第十四条、{Withheld}",
        ApplicationOutcome.WithheldThirdParty =>
            $"经审查，您申请获取的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。根据{Regulation}第十五条、{Withheld}",
        ApplicationOutcome.WithheldInternal =>
            $"经审查，您申请获取的信息属于行政机关的人事管理、后勤管理、内部工作流程等方面的信息。根据{Regulation}第十六条第一款、{MayWithhold}",
        ApplicationOutcome.WithheldDeliberative =>
            $"经审查，您申请获取的信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息。根据{Regulation}第十六条第二款、{MayWithhold}",
        ApplicationOutcome.WithheldEnforcement =>
            $"经审查，您申请获取的信息属于行政执法案卷信息。根据{Regulation}第十六条第二款、{MayWithhold}",
        ApplicationOutcome.WithheldInquiry =>
            $"经审查，您申请获取的信息属于工商、不动产登记资料等信息，有关法律、行政法规对其获取有特别规定。根据{Regulation}第三十六条第（七）项的规定，请您依照有关法律、行政法规的规定办理。",
        ApplicationOutcome.UnableNotHeld =>
            $"经检索查找，本机关未制作、获取您申请获取的政府信息。根据{Regulation}第三十六条第（四）项的规定，现告知您该政府信息不存在。",
        ApplicationOutcome.UnableNeedsCreation =>
            $"经审查，本机关没有您申请获取的现成信息，提供该信息需要本机关对现有政府信息进行加工、分析。根据{Regulation}第三十八条的规定，本机关不予提供。",
        ApplicationOutcome.UnableUnclear =>
            $"本机关已告知您对申请作出补正，补正后的申请内容仍不明确，本机关无法确定您所需的政府信息。根据{Regulation}第三十条的规定，本机关无法提供。",
        ApplicationOutcome.DeclinedComplaint =>
            $"经审查，您以政府信息公开申请的形式提出的是信访、投诉、举报等事项。根据{Regulation}第三十九条第一款的规定，本机关不作为政府信息公开申请处理，您可以通过信访、投诉、举报等相应渠道提出。",
        ApplicationOutcome.DeclinedDuplicate =>
            $"经审查，本机关已就您提出的相同政府信息公开申请作出答复，您的申请属于重复申请公开相同政府信息。根据{Regulation}第三十六条第（六）项的规定，本机关不予重复处理。",
        ApplicationOutcome.DeclinedPublication =>
            $"经审查，您申请获取的是政府公报、报刊、书籍等公开出版物。根据{Regulation}第三十九条第二款的规定，本机关告知您获取的途径，不作为政府信息公开申请处理。",
        ApplicationOutcome.DeclinedExcessive =>
            $"经审查，您申请公开政府信息的数量、频次明显超过合理范围，本机关已要求您说明理由，您说明的理由不合理。根据{Regulation}第三十五条的规定，本机关不予处理。",
        ApplicationOutcome.DeclinedConfirmation =>
            $"经审查，您的申请是要求本机关确认或者重新出具您已获取的信息，不是申请获取{Regulation}第二条所称的政府信息。本机关不作为政府信息公开申请处理。",
        ApplicationOutcome.OtherNoCorrection =>
            $"本机关已告知您对申请作出补正，您无正当理由逾期未补正。根据{Regulation}第三十条的规定，视为您放弃申请，{NotHandled}",
        ApplicationOutcome.OtherFeeUnpaid =>
            $"本机关已向您发出信息处理费缴费通知，您逾期未按通知要求缴纳费用。根据{Regulation}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，视为您放弃申请，{NotHandled}",
        ApplicationOutcome.OtherMisc =>
            $"根据{Regulation}的有关规定，本机关对您的申请作如下处理。",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    /// <summary>
    /// The routes of appeal every decision states: 行政复议 within 60 days (行政复议法第二十条) and 行政诉讼 within
    /// 6 months (行政诉讼法第四十六条) of receiving it (条例第五十一条); “依法” where the body is not named.
    /// </summary>
    public static string AppealRoutes(AppealBodies? bodies)
    {
        var review = bodies?.ReviewBody is { Length: > 0 } r ? $"向{r}" : "依法";
        var court = bodies?.Court is { Length: > 0 } c ? $"向{c}" : "依法";
        return $"如对本答复不服，可以自收到本答复之日起60日内{review}申请行政复议，或者自收到本答复之日起6个月内{court}提起行政诉讼。";
    }
}
