namespace Gongkai.Web.Api;

/// <summary>
/// The API's errors: ProblemDetails whose title is Chinese with the English in parentheses. Status codes the
/// framework produces without a title of ours (401, 403, 404 of an unknown route, 405) get one here too.
/// </summary>
public static class Problems
{
    public static IResult Of(int status, string zh, string en, string? detail = null) =>
        Results.Problem(statusCode: status, title: $"{zh}（{en}）", detail: detail);

    public static IResult BadRequest(string zh, string en, string? detail = null) => Of(StatusCodes.Status400BadRequest, zh, en, detail);

    public static IResult NotFound(string zh, string en) => Of(StatusCodes.Status404NotFound, zh, en);

    public static IResult Unprocessable(string zh, string en, string? detail = null) => Of(StatusCodes.Status422UnprocessableEntity, zh, en, detail);

    /// <summary>For <see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>: Chinese titles for the framework's own errors.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var p = context.ProblemDetails;
        var title = p.Status switch
        {
            StatusCodes.Status400BadRequest => "请求无效（bad request）",
            StatusCodes.Status401Unauthorized => "需要 API 令牌：Authorization: Bearer gk_…（authentication required）",
            StatusCodes.Status403Forbidden => "无权执行此操作（forbidden）",
            StatusCodes.Status404NotFound => "未找到（not found）",
            StatusCodes.Status405MethodNotAllowed => "不支持此请求方法（method not allowed）",
            StatusCodes.Status413PayloadTooLarge => "上传内容过大（payload too large）",
            StatusCodes.Status415UnsupportedMediaType => "不支持的文件类型（unsupported media type）",
            StatusCodes.Status429TooManyRequests => "请求过于频繁（too many requests）",
            StatusCodes.Status500InternalServerError => "服务器内部错误（internal server error）",
            _ => null,
        };
        if (title is not null && (p.Title is null || !p.Title.Contains('（', StringComparison.Ordinal)))
        {
            p.Title = title;
        }
    }

    /// <summary>Marks an endpoint's error responses in the OpenAPI document.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            builder.ProducesProblem(status);
        }

        return builder;
    }
}
