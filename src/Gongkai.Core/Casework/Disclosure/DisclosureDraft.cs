namespace Gongkai.Casework.Disclosure;

/// <summary>
/// The content of an item of government information as its drafter writes it: what the 目录 lists (名称、内容概述、
/// 生成日期, 第十二条; the 索引号 is given on creation) plus the document number, the body, the category and the
/// 公开属性.
/// </summary>
/// <param name="Title">名称.</param>
/// <param name="Summary">内容概述.</param>
/// <param name="Body">The full text (may be empty when the summary says everything).</param>
/// <param name="DocNumber">文号, e.g. 某府办发〔2025〕3号; null when the document has none.</param>
/// <param name="Category">The 第二十条 item it counts under.</param>
/// <param name="Mode">公开属性.</param>
/// <param name="GeneratedOn">生成日期: the day the information was created.</param>
/// <param name="ChangedOn">The day it last changed, when it has; the 20 working days of 第二十六条 run from it.</param>
public sealed record DisclosureDraft(
    string Title,
    string Summary,
    string Body,
    string? DocNumber,
    Article20Category Category,
    DisclosureMode Mode,
    DateOnly GeneratedOn,
    DateOnly? ChangedOn)
{
    public const int MaxTitle = 200, MaxSummary = 1000, MaxBody = 200_000, MaxDocNumber = 100;

    /// <summary>What is wrong with the draft, field by field; empty when it can be stored.</summary>
    /// <param name="today">The day it is saved: neither date may lie after it.</param>
    public IReadOnlyList<DraftProblem> Validate(DateOnly today)
    {
        var problems = new List<DraftProblem>();
        Text(problems, nameof(Title), "名称", Title, MaxTitle, required: true);
        Text(problems, nameof(Summary), "内容概述", Summary, MaxSummary, required: true);
        Text(problems, nameof(Body), "正文", Body, MaxBody, required: false);
        Text(problems, nameof(DocNumber), "文号", DocNumber, MaxDocNumber, required: false);
        if (!Enum.IsDefined(Category))
        {
            problems.Add(new(nameof(Category), "请选择第二十条所列的信息类别。"));
        }

        if (!Enum.IsDefined(Mode))
        {
            problems.Add(new(nameof(Mode), "请选择公开属性。"));
        }

        if (GeneratedOn > today)
        {
            problems.Add(new(nameof(GeneratedOn), "生成日期不能晚于今天。"));
        }

        if (ChangedOn is { } changed && (changed < GeneratedOn || changed > today))
        {
            problems.Add(new(nameof(ChangedOn), "变更日期须在生成日期与今天之间。"));
        }

        return problems;
    }

    /// <summary>The draft with surrounding white space removed and an empty 文号 as null.</summary>
    public DisclosureDraft Normalized() => this with
    {
        Title = Title.Trim(),
        Summary = Summary.Trim(),
        Body = Body.Trim(),
        DocNumber = string.IsNullOrWhiteSpace(DocNumber) ? null : DocNumber.Trim(),
    };

    private static void Text(List<DraftProblem> problems, string field, string label, string? value, int max, bool required)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0)
        {
            problems.Add(new(field, $"{label}不能为空。"));
        }
        else if (text.Length > max)
        {
            problems.Add(new(field, $"{label}不能超过 {max} 字。"));
        }
        else if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            problems.Add(new(field, $"{label}含有控制字符。"));
        }
    }
}

/// <summary>One thing wrong with a draft: the field (a property name of <see cref="DisclosureDraft"/>) and why.</summary>
public sealed record DraftProblem(string Field, string Message);
