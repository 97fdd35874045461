using System.Text;
using Participation.Api.Registrations;

namespace Participation.Tests.Registrations;

public sealed class InvitationImportTests
{
    [Fact]
    public void A_file_saved_by_German_Excel_in_Latin_1_keeps_its_umlauts()
    {
        var latin1 = Encoding.Latin1.GetBytes("Name;E-Mail\nJürgen Müßig;juergen@verein.example\n");
        var utf8WithMark = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Name;E-Mail\nŞule Öztürk;sule@verein.example\n")).ToArray();

        Assert.Contains("Jürgen Müßig", InvitationImport.Decode(latin1));
        Assert.StartsWith("Name;E-Mail\nŞule Öztürk", InvitationImport.Decode(utf8WithMark));
    }
}
