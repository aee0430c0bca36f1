namespace RunnerMetrics.GitHub;

/// <summary>
/// The token of one pass, and whether GitHub refused it: after a 401 the pass's other lookups make no request (a bad
/// token would fail them all, and repeated failed authentications can get the client blocked).
/// </summary>
internal sealed class PassCredentials(string token)
{
    private volatile bool _refused;

    public string Token => token;

    public bool Refused => _refused;

    public void Refuse() => _refused = true;
}
