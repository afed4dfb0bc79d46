using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Recognition;

/// <summary>
/// Normalizes label text for matching: NFKC (full-width to half-width), no whitespace, no Markdown marks,
/// traditional characters to simplified, pinyin glosses removed (<c>處(chù)</c>), quotes unified.
/// </summary>
public static partial class LabelText
{
    // Traditional forms of the characters that occur in the templates' labels and headings.
    private const string Traditional = "開處請資訊報類況與這計結轉項數關規範許強權條據費額單萬務檢體組織構團學機會員訴審維糾決總現廢護內過執對辦復複議國問題穩險專衛鄉鎮區縣劃獲確認嚮應稱業術財產環質藥醫療養戶證標準則響濟給統價參檔賬錄聯繫話傳電郵網頁發佈於舉訪礙徵納補頒屬記種為無沒後當實際歸罰稅購採減純訟經諮詢錯誤個們見覽領導進達層級負責優勢創設備揮態眾鬆聽說讀誌輕馬倉";
    private const string Simplified = "开处请资讯报类况与这计结转项数关规范许强权条据费额单万务检体组织构团学机会员诉审维纠决总现废护内过执对办复复议国问题稳险专卫乡镇区县划获确认向应称业术财产环质药医疗养户证标准则响济给统价参档账录联系话传电邮网页发布于举访碍征纳补颁属记种为无没后当实际归罚税购采减纯讼经咨询错误个们见览领导进达层级负责优势创设备挥态众松听说读志轻马仓";
    // One slot per UTF-16 code unit (128 KB): a lookup per character costs an array index, not a hash.
    private static readonly char[] Fold = BuildFold();

    private static char[] BuildFold()
    {
        var map = new char[0x10000];
        for (var c = 0; c < map.Length; c++)
        {
            map[c] = (char)c;
        }

        // Full-width ASCII (（一）, ０–９ …) folds to ASCII, as NFKC would.
        for (var c = 0xFF01; c <= 0xFF5E; c++)
        {
            map[c] = (char)(c - 0xFEE0);
        }

        for (var i = 0; i < Math.Min(Traditional.Length, Simplified.Length); i++)
        {
            map[Traditional[i]] = Simplified[i];
        }

        foreach (var (from, to) in new[] { ('“', '"'), ('”', '"'), ('"', '"'), ('「', '"'), ('」', '"'), ('『', '"'), ('』', '"'), ('‘', '\''), ('’', '\''), ('【', '('), ('[', '('), ('】', ')'), (']', ')'), ('．', '.') })
        {
            map[from] = to;
        }

        return map;
    }

    [GeneratedRegex(@"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,8}[1-5]?\)")]
    private static partial Regex PinyinGloss();

    // Labels repeat across reports (规章, 自然人 …): short ones are normalized once per process.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private const int CacheLimit = 100_000;

    /// <summary>The comparable form of a label.</summary>
    public static string Norm(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (text.Length > 48)
        {
            return Compute(text);
        }

        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var norm = Compute(text);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(text, norm);
        }

        return norm;
    }

    private static string Compute(string text)
    {
        var s = NeedsNfkc(text) ? text.Normalize(NormalizationForm.FormKC) : text;
        var latin = false;
        var sb = new StringBuilder(s.Length);
        foreach (var raw in s)
        {
            var ch = Fold[raw];
            if (char.IsWhiteSpace(ch) || ch is '#' or '*' or '|' or '>' or '`' or '\u200B' or '\uFEFF' or '_')
            {
                continue;
            }

            latin |= ch is (>= 'a' and <= 'z') or (>= 'à' and <= 'ǜ');
            sb.Append(ch);
        }

        var result = sb.ToString();
        return latin && result.Contains('(') ? PinyinGloss().Replace(result, "") : result;
    }

    /// <summary>Only full-width forms, odd spaces and compatibility characters change under NFKC; most text has none.</summary>
    private static bool NeedsNfkc(string text)
    {
        foreach (var ch in text)
        {
            if (ch is (>= '\uFF5F' and <= '\uFFEF') or (>= '\u2100' and <= '\u2BFF') or (>= '\uF900' and <= '\uFAFF')
                or (>= '\u2E80' and <= '\u2FDF') or (>= '\u3200' and <= '\u33FF') or (>= '\uFE30' and <= '\uFE4F') || char.IsSurrogate(ch))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+[、.]|\d{1,2}[.、)](?!\d))+")]
    private static partial Regex Numbering();

    /// <summary>The label without its leading numbering: (三)4.保护第三方合法权益 → 保护第三方合法权益.</summary>
    public static string StripNumbering(string normalized) => Numbering().Replace(normalized, "");
}
