using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Gongkai.Web.Setup;

/// <summary>
/// A request for a handler the page does not have (a POST to a page without OnPost, <c>?handler=Nope</c>) gets
/// 405 or 404. Razor Pages would otherwise render the page without running any handler, i.e. with a model nothing
/// has loaded. Pages without any handler (the access-denied page) render as before.
/// </summary>
public sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0)
        {
            var named = context.HttpContext.Request.Query.ContainsKey("handler") || context.RouteData.Values.ContainsKey("handler") && context.RouteData.Values["handler"] is string { Length: > 0 };
            context.Result = new StatusCodeResult(named ? StatusCodes.Status404NotFound : StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}
