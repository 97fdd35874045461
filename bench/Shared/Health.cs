namespace Participation.Bench;

/// <summary>Waits until a started host answers its health check, or says why it will not.</summary>
internal static class Health
{
    public static async Task WaitAsync(HttpClient http, Child host)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < until)
        {
            if (host.HasExited)
            {
                throw new InvalidOperationException("the host exited while starting; see participation.log");
            }
            try
            {
                using var answer = await http.GetAsync("/health");
                if (answer.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("the host was not healthy within 90 s");
    }
}
