using System.Runtime.Versioning;

// The store and the log sink use Linux system calls; so do these tests.
[assembly: SupportedOSPlatform("linux")]
