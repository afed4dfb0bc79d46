using System.Text.Json;
using Gongkai.Data;
using Gongkai.Reading;
using Gongkai.Web.Api;
using Gongkai.Web.Shared;
using Gongkai.Writing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Gongkai.Web.Pages.Check;

/// <summary>
/// <c>/check</c>: anyone uploads one or many reports and sees each one's tables beside its source with every finding
/// marked. Nothing is stored unless a signed-in user ticks 保存到登记库. The downloads (current-template DOCX, JSON)
/// are made from the canonical JSON the page posts back, so uploads need not be kept.
/// </summary>
[RequestSizeLimit(Setup.WebSetup.MaxRequestBytes)]
public sealed class IndexModel(Database database, IOutputCacheStore cache) : PageModel
{
    /// <summary>Files per request, at most.</summary>
    public const int MaxFiles = 20;

    public IReadOnlyList<CheckedFile> Files { get; private set; } = [];

    /// <summary>One line per problem with the request itself (too many files, nothing uploaded).</summary>
    public IReadOnlyList<string> Notices { get; private set; } = [];

    /// <summary>What was stored when the user asked to save (null when nothing was asked).</summary>
    public ImportedReports? Saved { get; private set; }

    public bool Posted { get; private set; }

    public bool CanSave => User.Identity?.IsAuthenticated == true;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Posted = true;
        var notices = new List<string>();
        var form = Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : null;
        var files = form?.Files.GetFiles("files") ?? [];
        if (files.Count == 0)
        {
            notices.Add("请选择要检查的文件（choose at least one file）");
        }
        else if (files.Count > MaxFiles)
        {
            notices.Add($"一次最多检查 {MaxFiles} 个文件，已检查前 {MaxFiles} 个，其余 {files.Count - MaxFiles} 个未处理（at most {MaxFiles} files per check）");
        }

        var results = new List<CheckedFile>();
        var readable = new List<Upload>();
        foreach (var (file, i) in files.Take(MaxFiles).Select((f, i) => (f, i)))
        {
            var prefix = $"f{i + 1}-";
            var upload = await Upload.ReadAsync(file, cancellationToken);
            if (upload.Error is not null)
            {
                results.Add(CheckedFile.Failed(upload.Name, prefix, upload.Error));
                continue;
            }

            var checkedFile = await Task.Run(() => CheckedFile.Check(upload, prefix, ReportPipeline.Default), cancellationToken);
            results.Add(checkedFile);
            if (checkedFile.Error is null)
            {
                readable.Add(upload);
            }
        }

        Files = results;
        Notices = notices;
        if (form is not null && form["save"].ToString() == "on" && CanSave && readable.Count > 0)
        {
            Saved = await UploadImport.RunAsync(database, User, readable, "web", cache, cancellationToken);
        }

        return Request.Headers.ContainsKey("HX-Request") ? Partial("_CheckResults", this) : Page();
    }

    /// <summary>The posted report in the current template (国办公开办函〔2021〕30号) as DOCX, totals computed.</summary>
    public IActionResult OnPostDocx(string? json, string? name) =>
        FromPosted(json, name, report => File(CurrentTemplate.ToDocx(report), DocxWriter.ContentType, BaseName(name) + ".docx"));

    /// <summary>The posted report's canonical JSON, with its findings.</summary>
    public IActionResult OnPostJson(string? json, string? name) =>
        FromPosted(json, name, report => File(System.Text.Encoding.UTF8.GetBytes(CanonicalJson.Write(report, includeDiagnostics: true)), "application/json", BaseName(name) + ".json"));

    private IActionResult FromPosted(string? json, string? name, Func<Reports.AnnualReport, IActionResult> result)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return BadRequest();
        }

        Reports.AnnualReport report;
        try
        {
            report = CanonicalJson.Read(json, Upload.SafeName(name));
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.TryGetProperty("diagnostics", out var d) && d.ValueKind == JsonValueKind.Array)
            {
                report = report with { Diagnostics = FindingsJson.Read(d.GetRawText()) };
            }
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            return BadRequest();
        }

        return result(report);
    }

    private static string BaseName(string? name)
    {
        var safe = Path.GetFileNameWithoutExtension(Upload.SafeName(name));
        return safe.Length == 0 ? "report" : safe;
    }
}
