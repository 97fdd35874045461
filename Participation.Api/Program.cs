using Participation.Api;
using Participation.Api.Extensions;
using Participation.Api.Identity;

// The API on its own: for integrators and for a separately scaled API tier.
var builder = WebApplication.CreateBuilder(CommandLine.Normalize(args));
builder.AddParticipation();
var app = builder.Build();

if (CreateAdminCommand.IsRequested(args))
{
    return await CreateAdminCommand.RunAsync(app.Services, args);
}

app.MapParticipation();
app.MapGet("/", () => TypedResults.Redirect("/api/docs")).ExcludeFromDescription();
await app.RunAsync();
return 0;
