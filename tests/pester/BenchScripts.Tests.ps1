# The pwsh bench scripts are not part of a test run's figures, but they must keep running against the module as it is
# built: each is run here in a fresh pwsh with the smallest counts it takes, and must end without error and print the
# figure it exists for. Their numbers are not judged: timings are never asserted in tests.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    $benchFolder = (Resolve-Path (Join-Path $PSScriptRoot '../../bench')).Path
    $pwshCommand = Get-IdcPwshCommand

    function Invoke-BenchScript([Parameter(Mandatory)][string] $Name, [string[]] $Arguments = @()) {
        $script = Join-Path $benchFolder $Name
        $arguments = @($pwshCommand.Prefix) + @('-NoProfile', '-NonInteractive', '-File', $script) + $Arguments
        $output = & $pwshCommand.FilePath @arguments 2>&1 | ForEach-Object { "$_" }
        [pscustomobject]@{ ExitCode = $LASTEXITCODE; Text = ($output -join "`n") }
    }
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'The bench scripts run against the built module' {
    It 'import-time.ps1 prints the median of fresh imports' {
        $run = Invoke-BenchScript 'import-time.ps1' @('-Count', '3')

        $run.ExitCode | Should -Be 0 -Because $run.Text
        $run.Text | Should -Match 'Import-Module median \d+(\.\d+)? ms \(3 fresh processes'
    }

    It 'cmdlet-overhead.ps1 compares New-IdcPermissionSet with the Core client and prints the ratio beside its goal' {
        $run = Invoke-BenchScript 'cmdlet-overhead.ps1' @('-Count', '20', '-Rounds', '1', '-WarmupRounds', '1')

        $run.ExitCode | Should -Be 0 -Because $run.Text
        $run.Text | Should -Match 'cmdlet / Core, time\s+\d+\.\d{3}.*goal <= 1\.10: (PASS|OVER)'
    }

    It 'concurrency.ps1 counts every row as created, none twice and none lost' {
        $run = Invoke-BenchScript 'concurrency.ps1' @('-Count', '20', '-DelayMs', '5', '-ThrottleLimit', '1', '-ThrottledAt', '4', '-RateLimit', '50')

        $run.ExitCode | Should -Be 0 -Because $run.Text
        $run.Text | Should -Match '-ThrottleLimit 1 .*created\s+20\s+errors 0\s+duplicates 0\s+lost 0\s+in order True'
    }
}
