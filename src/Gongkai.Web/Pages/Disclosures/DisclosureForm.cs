using System.Globalization;
using Gongkai.Casework;
using Gongkai.Casework.Disclosure;

namespace Gongkai.Web.Pages.Disclosures;

/// <summary>The fields of the create and edit forms as posted (strings, so a wrong value is shown back as typed).</summary>
public sealed record DisclosureForm(string Title, string Summary, string Body, string DocNumber, string Category, string Mode, string GeneratedOn, string ChangedOn)
{
    public static DisclosureForm Empty(DateOnly today) =>
        new("", "", "", "", "", DisclosureModes.Code(DisclosureMode.Proactive), IsoDate.Format(today), "");

    public static DisclosureForm Of(DisclosureDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new(draft.Title, draft.Summary, draft.Body, draft.DocNumber ?? "", Article20Categories.Number(draft.Category).ToString(CultureInfo.InvariantCulture),
            DisclosureModes.Code(draft.Mode), IsoDate.Format(draft.GeneratedOn), draft.ChangedOn is { } c ? IsoDate.Format(c) : "");
    }

    public static DisclosureForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form["title"].ToString(), form["summary"].ToString(), form["body"].ToString(), form["docNumber"].ToString(),
            form["category"].ToString(), form["mode"].ToString(), form["generatedOn"].ToString(), form["changedOn"].ToString());
    }

    /// <summary>The draft these fields make, or what is wrong with them (field by field, Chinese).</summary>
    public (DisclosureDraft? Draft, IReadOnlyList<DraftProblem> Problems) ToDraft(DateOnly today)
    {
        var problems = new List<DraftProblem>();
        var category = int.TryParse(Category, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Article20Categories.FromNumber(n) : null;
        if (category is null)
        {
            problems.Add(new(nameof(DisclosureDraft.Category), "请选择第二十条所列的信息类别。"));
        }

        var mode = DisclosureModes.Parse(Mode);
        if (mode is null)
        {
            problems.Add(new(nameof(DisclosureDraft.Mode), "请选择公开属性。"));
        }

        var generated = Date(GeneratedOn);
        if (generated is null)
        {
            problems.Add(new(nameof(DisclosureDraft.GeneratedOn), "生成日期须为形如 2025-03-02 的日期。"));
        }

        var changed = Date(ChangedOn);
        if (changed is null && !string.IsNullOrWhiteSpace(ChangedOn))
        {
            problems.Add(new(nameof(DisclosureDraft.ChangedOn), "变更日期须为形如 2025-03-02 的日期，或留空。"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var draft = new DisclosureDraft(Title, Summary, Body, DocNumber, category!.Value, mode!.Value, generated!.Value, changed);
        var invalid = draft.Validate(today);
        return invalid.Count > 0 ? (null, invalid) : (draft.Normalized(), []);
    }

    private static DateOnly? Date(string text) =>
        IsoDate.TryParse(text.Trim(), out var d) && d.Year >= 1949 ? d : null;
}

/// <summary>What the form partial shows: the values and the problems found with them.</summary>
public sealed record DisclosureFormView(DisclosureForm Form, IReadOnlyList<DraftProblem> Problems)
{
    public string? Problem(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;
}
