using Gongkai.Casework.Fees;
using Gongkai.Casework.Statistics;

namespace Gongkai.Casework.Notices;

/// <summary>The paragraphs of a notice, in order, from which both the plain text and the DOCX are written.</summary>
internal static class NoticeText
{
    public static string Title(NoticeKind kind) => kind switch
    {
        NoticeKind.Decision => "政府信息公开申请答复书",
        NoticeKind.Correction => "政府信息公开申请补正告知书",
        NoticeKind.Extension => "政府信息公开申请延期答复告知书",
        NoticeKind.FeeDemand => "政府信息公开信息处理费缴费通知书",
        NoticeKind.ThirdPartyConsultation => "政府信息公开征求第三方意见书",
        NoticeKind.ReasonsRequest => "政府信息公开申请说明理由通知书",
        NoticeKind.Deferral => "政府信息公开申请延迟答复告知书",
        NoticeKind.Acknowledgment => "政府信息公开申请登记回执",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <exception cref="ArgumentException">A field the kind needs is missing (a bug in the caller, which must validate its form).</exception>
    public static IReadOnlyList<NoticeLine> Lines(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentException.ThrowIfNullOrWhiteSpace(notice.Agency, nameof(notice));
        ArgumentException.ThrowIfNullOrWhiteSpace(notice.DocumentNumber, nameof(notice));
        ArgumentException.ThrowIfNullOrWhiteSpace(notice.Recipient, nameof(notice));
        ArgumentNullException.ThrowIfNull(notice.Request, nameof(notice));
        ArgumentNullException.ThrowIfNull(notice.Paragraphs, nameof(notice));

        var body = notice.Kind switch
        {
            NoticeKind.Decision => Decision(notice),
            NoticeKind.Correction => Correction(notice),
            NoticeKind.Extension => Extension(notice),
            NoticeKind.FeeDemand => FeeDemand(notice),
            NoticeKind.ThirdPartyConsultation => ThirdParty(notice),
            NoticeKind.ReasonsRequest => ReasonsRequest(notice),
            NoticeKind.Deferral => Deferral(notice),
            NoticeKind.Acknowledgment => Acknowledgment(notice),
            _ => throw new ArgumentOutOfRangeException(nameof(notice), notice.Kind, "unknown notice kind"),
        };

        List<NoticeLine> lines =
        [
            new(NoticeRole.Title, Title(notice.Kind)),
            new(NoticeRole.DocumentNumber, notice.DocumentNumber),
            new(NoticeRole.Blank, ""),
            new(NoticeRole.Recipient, notice.Recipient + "："),
            .. body.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => new NoticeLine(NoticeRole.Body, p.Trim())),
            new(NoticeRole.Blank, ""),
            new(NoticeRole.Blank, ""),
            new(NoticeRole.Signature, notice.Agency),
            new(NoticeRole.Date, ChineseDate.InNumerals(notice.Dated)),
        ];
        if (Contact(notice.Contact) is { } contact)
        {
            lines.Add(new NoticeLine(NoticeRole.Note, contact));
        }

        return [.. lines.Select(l => l with { Text = Printable(l.Text) })];
    }

    /// <summary>
    /// The text without what a Word document cannot hold (control characters, U+FFFE/U+FFFF, unpaired surrogates):
    /// the clerk's and the applicant's text arrives from forms and pasted documents.
    /// </summary>
    internal static string Printable(string text)
    {
        if (!text.Any(c => char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'))
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (c == '\t' || !(char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF'))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    private static string Received(Notice notice, string who) =>
        $"{ChineseDate.InDigits(notice.Request.Received)}，本机关收到{who}提出的政府信息公开申请，申请获取“{notice.Request.Content.Trim()}”。";

    private static IEnumerable<string> Decision(Notice notice)
    {
        var outcome = notice.Outcome ?? throw new ArgumentException("A decision needs its Outcome.", nameof(notice));
        if (outcome == ApplicationOutcome.OtherMisc && notice.Paragraphs.Count == 0)
        {
            throw new ArgumentException("其他处理 needs the clerk's paragraphs to say what was done.", nameof(notice));
        }

        return [Received(notice, "您"), DecisionWording.Text(outcome), .. notice.Paragraphs, DecisionWording.AppealRoutes(notice.Appeal)];
    }

    private static IEnumerable<string> Correction(Notice notice)
    {
        var deadline = notice.Deadline ?? throw new ArgumentException("A 补正 notice needs the Deadline for the correction.", nameof(notice));
        return
        [
            Received(notice, "您"),
            $"经审查，您的申请内容不明确。根据{DecisionWording.Regulation}第三十条的规定，请您对申请作如下补正：",
            .. notice.Paragraphs,
            $"请您于{ChineseDate.InDigits(deadline)}前将补正后的申请提交本机关，答复期限自本机关收到补正后的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。",
            "特此告知。",
        ];
    }

    private static IEnumerable<string> Extension(Notice notice)
    {
        var deadline = notice.Deadline ?? throw new ArgumentException("An extension notice needs the new reply Deadline.", nameof(notice));
        return
        [
            Received(notice, "您"),
            .. notice.Paragraphs,
            $"本机关不能在20个工作日内作出答复。根据{DecisionWording.Regulation}第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长20个工作日，本机关将于{ChineseDate.InDigits(deadline)}前作出答复。",
            "特此告知。",
        ];
    }

    private static IEnumerable<string> ReasonsRequest(Notice notice)
    {
        var deadline = notice.Deadline ?? throw new ArgumentException("A request for reasons needs the Deadline for them.", nameof(notice));
        return
        [
            Received(notice, "您"),
            "经审查，您申请公开政府信息的数量、频次明显超过合理范围：",
            .. notice.Paragraphs,
            $"根据{DecisionWording.Regulation}第三十五条的规定，请您于{ChineseDate.InDigits(deadline)}前向本机关说明理由。本机关认为申请理由不合理的，告知您不予处理；认为申请理由合理，但是无法在{DecisionWording.Regulation}第三十三条规定的期限内答复的，将确定延迟答复的合理期限并告知您。",
            "特此通知。",
        ];
    }

    private static IEnumerable<string> Deferral(Notice notice)
    {
        var deadline = notice.Deadline ?? throw new ArgumentException("A deferral notice needs the later reply Deadline.", nameof(notice));
        return
        [
            Received(notice, "您"),
            "您已就申请公开政府信息的数量、频次说明理由。经审查，本机关认为您的申请理由合理，但是无法在规定的期限内答复：",
            .. notice.Paragraphs,
            $"根据{DecisionWording.Regulation}第三十五条的规定，本机关确定延迟答复的合理期限，将于{ChineseDate.InDigits(deadline)}前作出答复。",
            "特此告知。",
        ];
    }

    private static IEnumerable<string> Acknowledgment(Notice notice)
    {
        var deadline = notice.Deadline ?? throw new ArgumentException("A receipt needs the reply Deadline.", nameof(notice));
        return
        [
            Received(notice, "您"),
            $"根据{DecisionWording.Regulation}第三十一条的规定，本机关收到申请之日为{ChineseDate.InDigits(notice.Request.Received)}。本机关将于{ChineseDate.InDigits(deadline)}前作出答复；需要补正、征求第三方意见、延长答复期限或者收取信息处理费的，本机关将另行书面告知。",
            .. notice.Paragraphs,
            "特此回执。",
        ];
    }

    private static IEnumerable<string> FeeDemand(Notice notice)
    {
        var fee = notice.Fee ?? throw new ArgumentException("A fee notice needs its Fee.", nameof(notice));
        var due = notice.Deadline is { } d ? $"（即{ChineseDate.InDigits(d)}前）" : "";
        return
        [
            Received(notice, "您"),
            $"根据{DecisionWording.Regulation}第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，您的申请需缴纳信息处理费。",
            $"计收方式：{(fee.Method == FeeMethod.PerApplication ? "按件计收" : "按量计收")}。收费标准：{Standard(fee.Method)}",
            $"应缴金额：人民币{InformationProcessingFees.Yuan(fee.Amount)}元。计算方法：{fee.Explanation}",
            .. notice.Paragraphs,
            $"请您自收到本通知之日起{InformationProcessingFees.PaymentWorkingDays}个工作日内{due}缴纳。逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。",
            "特此通知。",
        ];
    }

    private static IEnumerable<string> ThirdParty(Notice notice)
    {
        var due = notice.Deadline is { } d ? $"（即{ChineseDate.InDigits(d)}前）" : "";
        return
        [
            Received(notice, "申请人"),
            $"经审查，该申请所涉政府信息公开后可能损害您的合法权益。根据{DecisionWording.Regulation}第三十二条的规定，现书面征求您的意见。",
            .. notice.Paragraphs,
            $"请您自收到本意见书之日起15个工作日内{due}提出意见，同意公开或者不同意公开；不同意公开的，请说明理由。逾期未提出意见的，由本机关依照{DecisionWording.Regulation}的规定决定是否公开。",
            "您不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知您。",
            "特此征求意见。",
        ];
    }

    /// <summary>The standard of 国办函〔2020〕109号第四条、第五条 as the notice quotes it.</summary>
    private static string Standard(FeeMethod method) => method switch
    {
        FeeMethod.PerApplication => "同一申请人一个自然月内累计申请10件以下（含10件）的，不收费；11—30件的部分，收费标准为100元/件；31件以上的部分，以10件为一档，每增加一档，收费标准提高100元/件。",
        FeeMethod.PerPage => "同一政府信息公开申请30页以下（含30页）的，不收费；31—100页的部分，收费标准为10元/页；101—200页的部分，收费标准为20元/页；201页以上的部分，收费标准为40元/页。",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    private static string? Contact(Contact? contact)
    {
        var parts = new List<string>();
        if (contact?.Person is { Length: > 0 } person)
        {
            parts.Add($"联系人：{person}");
        }

        if (contact?.Phone is { Length: > 0 } phone)
        {
            parts.Add($"联系电话：{phone}");
        }

        return parts.Count == 0 ? null : $"（{string.Join("，", parts)}）";
    }
}
