using Gongkai.Web.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages;

/// <summary>
/// The page a person sees for a status code or an unhandled error (re-executed by the pipeline for every path
/// outside /api, whose errors are ProblemDetails). It never shows an exception's details.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } failure)
        {
            logger.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
        }

        // Only error codes have a page: /error/0 or /error/200 is a page that does not exist.
        code = code is >= 400 and < 600 ? code : 404;
        Response.StatusCode = code;
        (Title, Explanation) = code switch
        {
            400 => (L("请求有误", "Bad request"), L("请求无法处理，请返回上一页重试。表单过期时请刷新页面后再提交。", "The request could not be processed. If a form expired, reload the page and submit again.")),
            403 => (L("无权访问", "Access denied"), L("当前账号没有访问该页面的权限。", "This account may not open that page.")),
            404 => (L("未找到", "Not found"), L("没有这个页面、机关或年报。", "There is no such page, agency or report.")),
            405 => (L("不支持的请求", "Method not allowed"), L("该地址不接受这种请求。", "This address does not accept that request.")),
            413 => (L("文件过大", "Too large"), L("上传内容超过大小限制。", "The upload is larger than allowed.")),
            429 => (L("请求过于频繁", "Too many requests"), L("请稍后再试。", "Please try again later.")),
            _ => (L("服务器错误", "Server error"), L("处理请求时出错，已记录。请稍后再试。", "Something went wrong and it was logged. Please try again later.")),
        };
    }

    private string L(string zh, string en) => Lang.T(HttpContext, zh, en);
}
