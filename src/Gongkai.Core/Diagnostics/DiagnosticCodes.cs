namespace Gongkai.Diagnostics;

/// <summary>
/// Every diagnostic Gongkai reports, in one place. Codes are stable: tests and users match on them.
/// GK01xx input and limits, GK02xx recognition, GK03xx arithmetic (勾稽), GK04xx template and completeness,
/// GK05xx narrative against tables, GK06xx across years, GK07xx office files (DOCX, DOC/WPS, XLSX/XLS),
/// GK08xx PDF, GK09xx scans and OCR.
/// </summary>
public static class DiagnosticCodes
{
    private const string Tiaoli = "《中华人民共和国政府信息公开条例》";
    private const string Template2021 = "国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》";
    private const string TemplateAny = "政府信息公开工作年度报告格式（国办公开办函〔2019〕60号、〔2021〕30号）";
    private const string Table3Note = TemplateAny + " 表三：本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和";

    // ---- GK01xx: input ----
    public static readonly DiagnosticDescriptor FileUnreadable = new(
        "GK0101", Severity.Error, "文件无法读取",
        "无法读取文件：{0}", "cannot read the file: {0}", "");

    public static readonly DiagnosticDescriptor FileEmpty = new(
        "GK0102", Severity.Error, "空文件",
        "文件为空", "the file is empty", "");

    public static readonly DiagnosticDescriptor FileBinary = new(
        "GK0103", Severity.Error, "不是文本文件",
        "文件不是文本（{0}），无法作为文本读取", "the file is not text ({0}) and cannot be read as text", "");

    public static readonly DiagnosticDescriptor EncodingDoubtful = new(
        "GK0104", Severity.Warning, "编码存疑",
        "文本编码无法确定，按 {0} 读取，可能有乱码", "the text encoding is uncertain; read as {0}, some characters may be garbled", "");

    public static readonly DiagnosticDescriptor NotAReport = new(
        "GK0105", Severity.Error, "不是年度报告",
        "未找到政府信息公开工作年度报告的任何表格或章节", "no table or section of a government information disclosure annual report was found", TemplateAny);

    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "GK0106", Severity.Error, "文件过大",
        "文件大小 {0} 字节，超过上限 {1} 字节", "the file is {0} bytes, over the limit of {1} bytes", "");

    public static readonly DiagnosticDescriptor UnknownFormat = new(
        "GK0107", Severity.Error, "格式不支持",
        "无法识别的文件格式（{0}）", "unsupported file format ({0})", "");

    public static readonly DiagnosticDescriptor EncodingUnknown = new(
        "GK0108", Severity.Error, "无法确定编码",
        "无法确定文本编码（不是 UTF-8、UTF-16、GB18030/GBK 或 Big5），为避免乱码不予读取", "the text encoding is not UTF-8, UTF-16, GB18030/GBK or Big5; the file is not read, to avoid garbled text", "");

    // ---- GK02xx: recognition ----
    public static readonly DiagnosticDescriptor TableMissing = new(
        "GK0201", Severity.Error, "缺少表格",
        "未找到表{0}（{1}），其单元格记为空", "table {0} ({1}) was not found; its cells are null", TemplateAny);

    public static readonly DiagnosticDescriptor RowMissing = new(
        "GK0202", Severity.Error, "缺少表格行",
        "表{0}缺少行“{1}”，该行单元格记为空", "table {0} lacks the row \"{1}\"; its cells are null", TemplateAny);

    public static readonly DiagnosticDescriptor ColumnMissing = new(
        "GK0203", Severity.Error, "缺少表格列",
        "表{0}缺少列“{1}”（表格被截断），该列单元格记为空", "table {0} lacks the column \"{1}\" (the grid is cut off); its cells are null", TemplateAny);

    public static readonly DiagnosticDescriptor ValuesUnplaceable = new(
        "GK0204", Severity.Error, "数值无法对应到列",
        "行“{0}”有 {1} 个数值（{2}），应为 {3} 个，无法确定各数值所属的列，该行记为空", "row \"{0}\" has {1} values ({2}) where {3} are expected; they cannot be placed in columns, so the row is null", TemplateAny);

    public static readonly DiagnosticDescriptor ValueIllegible = new(
        "GK0205", Severity.Warning, "数值无法识别",
        "单元格“{0}”的内容“{1}”不是数字，记为空", "cell \"{0}\" holds \"{1}\", which is not a number; it is null", TemplateAny);

    public static readonly DiagnosticDescriptor MixedTemplate = new(
        "GK0206", Severity.Warning, "新旧格式混用",
        "表格按 {0} 年格式识别，但出现了 {1} 年格式才有的行或列“{2}”，该行不计入", "the tables follow the {0} template but print \"{2}\", which only the {1} template has; it is not counted", TemplateAny);

    public static readonly DiagnosticDescriptor AgencyNotFound = new(
        "GK0207", Severity.Warning, "未识别发布机关",
        "标题和正文中都没有找到发布机关名称", "no issuing agency was named in the title or text", Tiaoli + "第四十九条");

    public static readonly DiagnosticDescriptor YearNotFound = new(
        "GK0208", Severity.Warning, "未识别报告年度",
        "未能确定报告所属年度", "the year the report covers could not be determined", Tiaoli + "第四十九条");

    public static readonly DiagnosticDescriptor OrphanValues = new(
        "GK0209", Severity.Warning, "无法归属的数值",
        "有一行数值（{0}）没有可识别的行标签，已忽略", "a run of values ({0}) has no recognizable row label and was ignored", TemplateAny);

    public static readonly DiagnosticDescriptor ExtraValues = new(
        "GK0210", Severity.Warning, "多余数值",
        "行“{0}”多出数值（{1}），已忽略", "row \"{0}\" has extra values ({1}), which were ignored", TemplateAny);

    public static readonly DiagnosticDescriptor AmbiguousLayout = new(
        "GK0211", Severity.Warning, "表格布局存疑",
        "表格布局存疑：{0}", "ambiguous table layout: {0}", TemplateAny);

    public static readonly DiagnosticDescriptor FlattenedAmbiguous = new(
        "GK0212", Severity.Error, "连写数字无法唯一拆分",
        "行“{0}”的数字“{1}”失去了单元格分隔，按表格自身的勾稽关系有 {2} 种读法（{3}），无法确定，记为空", "row \"{0}\": the digits \"{1}\" lost their cell boundaries and the table's own sums allow {2} readings ({3}); the row is null", TemplateAny);

    // ---- GK03xx: arithmetic (勾稽关系) ----
    public static readonly DiagnosticDescriptor RowTotal = new(
        "GK0301", Severity.Error, "行合计不符",
        "表三“{0}”行：自然人与五类法人或其他组织之和为 {1}，总计列为 {2}", "table 3 row \"{0}\": the six applicant columns add up to {1} but 总计 is {2}", Table3Note);

    public static readonly DiagnosticDescriptor OutcomeTotal = new(
        "GK0302", Severity.Error, "办理结果总计不符",
        "表三“{0}”列：各项办理结果之和为 {1}，（七）总计为 {2}", "table 3 column \"{0}\": the outcome rows add up to {1} but （七）总计 is {2}", Table3Note);

    public static readonly DiagnosticDescriptor Balance = new(
        "GK0303", Severity.Error, "勾稽关系不符",
        "表三“{0}”列：第一项加第二项为 {1}，第三项加第四项为 {2}", "table 3 column \"{0}\": 一 + 二 is {1} but 三（七）总计 + 四 is {2}", Table3Note);

    public static readonly DiagnosticDescriptor Table4Total = new(
        "GK0304", Severity.Error, "复议诉讼总计不符",
        "表四“{0}”：维持、纠正、其他、尚未审结之和为 {1}，总计为 {2}", "table 4 \"{0}\": upheld + corrected + other + pending is {1} but 总计 is {2}", TemplateAny + " 表四");

    public static readonly DiagnosticDescriptor ArithmeticOverflow = new(
        "GK0305", Severity.Error, "数值无法核算",
        "“{0}”无法核算：{1}", "\"{0}\" cannot be added up: {2}", TemplateAny);

    // ---- GK04xx: template and completeness ----
    public static readonly DiagnosticDescriptor OutdatedTemplate = new(
        "GK0401", Severity.Error, "使用了过时的报告格式",
        "{0} 年度报告仍使用 2019 年试行格式的表格，应使用国办公开办函〔2021〕30号格式", "the report on {0} still uses the 2019 trial tables; reports on 2021 and later must use the 国办公开办函〔2021〕30号 template", Template2021);

    public static readonly DiagnosticDescriptor TemplateBeforeItsTime = new(
        "GK0402", Severity.Warning, "格式早于发布",
        "{0} 年度报告使用了 2021 年格式，该格式自 2021 年度报告起施行", "the report on {0} uses the 2021 template, which applies from the reports on 2021", Template2021);

    public static readonly DiagnosticDescriptor SectionMissing = new(
        "GK0403", Severity.Error, "缺少章节",
        "缺少第{0}部分“{1}”{2}", "section {3} \"{1}\" is missing{4}", Tiaoli + "第五十条");

    public static readonly DiagnosticDescriptor CellsMissing = new(
        "GK0404", Severity.Warning, "单元格为空",
        "表{0}有 {1} 个单元格没有可读的数值", "table {2} has {1} cells without a legible number", TemplateAny);

    public static readonly DiagnosticDescriptor CellPlaceholder = new(
        "GK0405", Severity.Warning, "单元格未填数字",
        "单元格“{0}”填的是“{1}”而不是数字（无数据应填 0）", "cell \"{0}\" holds \"{1}\" instead of a number (write 0 when there is nothing)", TemplateAny);

    public static readonly DiagnosticDescriptor NegativeCount = new(
        "GK0406", Severity.Error, "数量为负",
        "“{0}”的数量为负数 {1}", "\"{0}\" is a negative count, {1}", TemplateAny);

    public static readonly DiagnosticDescriptor CellNotInCurrentTemplate = new(
        "GK0407", Severity.Info, "现行格式无此单元格",
        "转换为现行格式时未保留“{0}”的值 {1}：国办公开办函〔2021〕30号格式没有这一单元格", "converting to the current template drops \"{0}\" = {1}: the 2021 template has no such cell", Template2021);

    // ---- GK05xx: narrative against tables ----
    public static readonly DiagnosticDescriptor NoApplicationsClaimed = new(
        "GK0501", Severity.Warning, "正文称未收到申请",
        "正文称“{0}”，但表三本年新收申请为 {1}", "the text says \"{0}\" but table 3 counts {1} new applications", Tiaoli + "第五十条");

    public static readonly DiagnosticDescriptor QuotedCountDiffers = new(
        "GK0502", Severity.Warning, "正文数字与表格不符",
        "正文称“{0}”（{1}），表格为 {2}", "the text says \"{0}\" ({1}) but the table has {2}", Tiaoli + "第五十条");

    public static readonly DiagnosticDescriptor PercentageWrong = new(
        "GK0503", Severity.Warning, "百分比计算有误",
        "正文“{0}”：{1}/{2} = {3}%，不是 {4}%", "the text \"{0}\": {1}/{2} = {3}%, not {4}%", "");

    public static readonly DiagnosticDescriptor FeeNotStated = new(
        "GK0504", Severity.Warning, "未报告信息处理费",
        "第六部分未说明信息处理费收取情况", "section 6 does not state the information processing fees (信息处理费) collected", Template2021 + "；国办函〔2020〕109号《政府信息公开信息处理费管理办法》");

    // ---- GK06xx: across years ----
    public static readonly DiagnosticDescriptor CarryOverMismatch = new(
        "GK0601", Severity.Warning, "上年结转不符",
        "“{0}”列：本年“二、上年结转”为 {1}，上年报告“四、结转下年度继续办理”为 {2}", "column \"{0}\": this year's carried-in count is {1} but last year's carried-out count was {2}", Table3Note);

    public static readonly DiagnosticDescriptor PreviousNotPrevious = new(
        "GK0602", Severity.Warning, "对比报告年度不符",
        "用于对比的报告是 {0} 年度的（{1}），不是本报告的上一年度 {2}", "the report given for comparison covers {0} ({1}), not the year before this report, {2}", "");

    // ---- GK07xx: office files (DOCX, DOC/WPS, XLSX/XLS) ----
    public static readonly DiagnosticDescriptor TrackedChanges = new(
        "GK0701", Severity.Warning, "文档含有修订",
        "文档含有未接受的修订（痕迹），按接受全部修订后的文本读取", "the document has tracked changes; it is read as if every change were accepted", "");

    public static readonly DiagnosticDescriptor ImagesNotRead = new(
        "GK0702", Severity.Info, "图片未读取",
        "文档含有 {0} 张图片，图片中的文字（如以图片插入的表格）未读取", "the document holds {0} images; text inside images (such as tables pasted as pictures) is not read", "");

    public static readonly DiagnosticDescriptor OfficeRowsCut = new(
        "GK0703", Severity.Warning, "文档过长",
        "文档超过 {0} 行，其余部分未读取", "the document has more than {0} rows; the rest is not read", "");

    public static readonly DiagnosticDescriptor ConvertedByTool = new(
        "GK0704", Severity.Info, "已转换格式",
        "{0} 文件已用 {1} 转换为 DOCX 后读取", "the {0} file was converted to DOCX with {1} and then read", "");

    public static readonly DiagnosticDescriptor HiddenSheetSkipped = new(
        "GK0705", Severity.Warning, "隐藏工作表未读取",
        "隐藏的工作表“{0}”未读取", "the hidden worksheet \"{0}\" was not read", "");

    // ---- GK08xx: PDF ----
    public static readonly DiagnosticDescriptor PdfNoTextLayer = new(
        "GK0801", Severity.Error, "PDF 没有文字层",
        "PDF 没有文字层（可能是扫描件），需要文字识别（OCR）才能读取", "the PDF has no text layer (probably a scan); it needs OCR to be read", "");

    public static readonly DiagnosticDescriptor PdfPagesWithoutText = new(
        "GK0802", Severity.Warning, "部分页面没有文字层",
        "第 {0} 页没有文字层（可能是扫描图片），未能读取其内容", "page(s) {0} have no text layer (probably scanned images); their content was not read", "");

    // ---- GK09xx: scans and OCR ----
    public static readonly DiagnosticDescriptor ScanLowConfidence = new(
        "GK0901", Severity.Warning, "扫描数字识别存疑",
        "扫描件单元格“{0}”（{1}）读作 {2}，识别置信度低（{3}），请与原件核对", "scanned cell \"{0}\" ({1}) was read as {2} with low OCR confidence ({3}); check it against the original", "");

    public static readonly DiagnosticDescriptor ScanSumBroken = new(
        "GK0902", Severity.Warning, "扫描数字与合计不符",
        "扫描件单元格“{0}”（{1}）读作 {2}，{3}不成立，该数字可能识别有误{4}", "scanned cell \"{0}\" ({1}) was read as {2} and {5} does not hold: the digits may be misread{6}", "");

    public static readonly DiagnosticDescriptor ScanIllegible = new(
        "GK0903", Severity.Warning, "扫描数字无法识别",
        "扫描件单元格“{0}”（{1}）无法识别为数字（识别结果“{2}”），记为空", "scanned cell \"{0}\" ({1}) could not be read as a number (OCR gave \"{2}\"); it is null", "");

    public static readonly DiagnosticDescriptor ToolMissing = new(
        "GK0110", Severity.Error, "缺少外部工具",
        "读取该格式需要外部工具 {0}，但本机没有安装（安装：{1}）", "reading this format needs the external tool {0}, which is not installed (install: {1})", "");

    public static readonly DiagnosticDescriptor ToolFailed = new(
        "GK0111", Severity.Error, "外部工具出错",
        "外部工具 {0} 处理失败：{1}", "the external tool {0} failed: {1}", "");

    public static readonly DiagnosticDescriptor TimeLimit = new(
        "GK0112", Severity.Error, "处理超时",
        "处理超过时限 {0} 秒，已中止", "processing took longer than the limit of {0} s and was stopped", "");

    public static readonly DiagnosticDescriptor LimitExceeded = new(
        "GK0113", Severity.Error, "超出限制",
        "{0} 超出上限 {1}", "{0} exceeds the limit of {1}", "");

    public static readonly DiagnosticDescriptor Encrypted = new(
        "GK0114", Severity.Error, "文件已加密",
        "文件已加密或设有密码，无法读取", "the file is encrypted or password-protected and cannot be read", "");

    public static readonly DiagnosticDescriptor Corrupt = new(
        "GK0115", Severity.Error, "文件已损坏",
        "文件已损坏，无法读取：{0}", "the file is corrupt and cannot be read: {0}", "");

    /// <summary>Every descriptor above, for documentation and the uniqueness test.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToArray();
}
