using Participation.Api;
using Participation.Api.Extensions;
using Participation.Api.Identity;
using Participation.Web;

var builder = WebApplication.CreateBuilder(CommandLine.Normalize(args));
builder.AddParticipation();
builder.AddParticipationPages();
var app = builder.Build();

if (CreateAdminCommand.IsRequested(args))
{
    return await CreateAdminCommand.RunAsync(app.Services, args);
}

app.UsePageErrors();
app.UseRouting();
app.MapStaticAssets();
app.MapParticipation();
app.MapParticipationPages();
await app.RunAsync();
return 0;
