namespace Gongkai.Casework.Notices;

/// <summary>What a line of a notice is, which decides its layout (GB/T 9704-2012 §7).</summary>
internal enum NoticeRole
{
    /// <summary>标题: 二号小标宋, centred.</summary>
    Title,

    /// <summary>发文字号, centred under the title.</summary>
    DocumentNumber,

    /// <summary>An empty line.</summary>
    Blank,

    /// <summary>主送机关 (here the recipient), flush left, ending in “：”.</summary>
    Recipient,

    /// <summary>正文, indented two characters.</summary>
    Body,

    /// <summary>发文机关署名, right-aligned and centred over the date.</summary>
    Signature,

    /// <summary>成文日期, right-aligned four characters in.</summary>
    Date,

    /// <summary>附注 (the contact), indented two characters, in parentheses.</summary>
    Note,
}

/// <summary>One paragraph of a notice: the same text in the plain-text preview and in the DOCX.</summary>
internal sealed record NoticeLine(NoticeRole Role, string Text);
