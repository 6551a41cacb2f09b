# Input and transport hardening where the user meets it: proxies never see loopback or plain http, values that become
# headers cannot split them, URL passwords are never shown, ids cannot change the path, files that would block are
# refused, and tab completion never calls an endpoint only typed on the line.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1') -WithEmulator

    # A listener that stands for a proxy or a stranger's server: it accepts nothing, so a test can ask whether any
    # connection was attempted.
    function New-TrapListener {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        $listener
    }

    function Get-RequestCount { (Get-IdcTestEmulatorState -Emulator $emulator).requestCount }

    # A fresh pwsh, so the runtime reads the proxy variables anew (it reads them once per process).
    function Invoke-ChildPwsh {
        param([string] $Script, [hashtable] $Environment)
        $saved = @{}
        foreach ($name in $Environment.Keys) {
            $saved[$name] = [Environment]::GetEnvironmentVariable($name)
            [Environment]::SetEnvironmentVariable($name, $Environment[$name])
        }
        try {
            $pwshCommand = Get-IdcPwshCommand
            $arguments = @($pwshCommand.Prefix) + @('-NoProfile', '-NonInteractive', '-Command', $Script)
            & $pwshCommand.FilePath @arguments 2>&1 | ForEach-Object { "$_" }
        }
        finally {
            foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
        }
    }
}

AfterAll {
    Complete-IdcTestFile
}

Describe 'Proxies' {
    It 'never sends a loopback request to the proxy HTTP_PROXY names' {
        $proxy = New-TrapListener
        try {
            $proxyUrl = "http://user:Pr0xyPa55@127.0.0.1:$($proxy.LocalEndpoint.Port)"
            $script = @"
Import-Module '$(Get-IdcBuiltModulePath)'
`$secret = ConvertTo-SecureString -String '$($emulator.SecretAccessKey)' -AsPlainText -Force
`$set = New-IdcPermissionSet -InstanceId '$instanceId' -Name 'ThroughNoProxy' -EndpointUrl '$($emulator.Url)' -Credential ([pscredential]::new('$($emulator.AccessKeyId)', `$secret)) -DomainId '$($emulator.DomainId)' -Verbose 4>&1
`$set | ForEach-Object { "`$_" }
"@
            $output = Invoke-ChildPwsh -Script $script -Environment @{ HTTP_PROXY = $proxyUrl; HTTPS_PROXY = $proxyUrl; ALL_PROXY = $proxyUrl; NO_PROXY = $null }

            $proxy.Pending() | Should -BeFalse
            ($output -join "`n") | Should -Match 'directly'
            ($output -join "`n") | Should -Not -Match 'Pr0xyPa55'
            Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId | Where-Object name -eq 'ThroughNoProxy' | Should -Not -BeNullOrEmpty
        }
        finally {
            $proxy.Stop()
        }
    }
}

Describe 'Values that become headers' {
    BeforeEach { Reset-IdcTestEmulator -Emulator $emulator }

    It 'refuses a line break in -DomainId, naming it, and sends nothing' {
        $before = Get-RequestCount
        $bad = $connection.Clone()
        $bad.DomainId = "$($emulator.DomainId)`r`nX-Injected: 1"

        { New-IdcPermissionSet -InstanceId $instanceId -Name 'Split' @bad -ErrorAction Stop } | Should -Throw -ExpectedMessage '*-DomainId*carriage return*'

        Get-RequestCount | Should -Be $before
    }

    It 'refuses a line break in the access key id from the environment, naming the variable' {
        $saved = Backup-IdcTestEnvironment -EmptyCredentialsFile (Join-Path $TestDrive 'none')
        try {
            $env:HUAWEICLOUD_SDK_AK = "$($emulator.AccessKeyId)`nX-Injected: 1"
            $env:HUAWEICLOUD_SDK_SK = $emulator.SecretAccessKey
            $env:HUAWEICLOUD_SDK_DOMAIN_ID = $emulator.DomainId

            { New-IdcPermissionSet -InstanceId $instanceId -Name 'Split' -EndpointUrl $emulator.Url -ErrorAction Stop } |
                Should -Throw -ExpectedMessage '*HUAWEICLOUD_SDK_AK*'
        }
        finally {
            Restore-IdcTestEnvironment -Saved $saved
        }
    }
}

Describe 'Passwords in URLs' {
    It 'refuses user information in -EndpointUrl without showing the password' {
        $caught = $null
        try { New-IdcPermissionSet -InstanceId $instanceId -Name 'X' -EndpointUrl 'https://admin:Endp0intPa55@identitycenter.myhuaweicloud.com' -Credential $connection.Credential -ErrorAction Stop }
        catch { $caught = $_ }

        "$caught" | Should -BeLike '*user information*'
        ($caught | Out-String) + "$($caught.TargetObject)" | Should -Not -Match 'Endp0intPa55'
    }

    It 'shows no password in Get-IdcContext' {
        $saved = Backup-IdcTestEnvironment -EmptyCredentialsFile (Join-Path $TestDrive 'none')
        try {
            $env:HUAWEICLOUD_SDK_IDENTITYCENTER_ENDPOINT = 'https://admin:Endp0intPa55@identitycenter.myhuaweicloud.com'

            $context = Get-IdcContext -WarningAction SilentlyContinue

            $context.Endpoint | Should -Not -Match 'Endp0intPa55'
            $context.Problem | Should -Not -Match 'Endp0intPa55'
            $context.Problem | Should -BeLike '*user information*'
        }
        finally {
            Restore-IdcTestEnvironment -Saved $saved
        }
    }
}

Describe 'Ids, addresses and policy input' {
    BeforeEach { Reset-IdcTestEmulator -Emulator $emulator }

    It 'refuses <Id> as an instance id and sends nothing' -ForEach @(@{ Id = '.' }, @{ Id = '..' }, @{ Id = 'ins-short' }) {
        $before = Get-RequestCount

        New-IdcPermissionSet -InstanceId $Id -Name 'PathStep' @connection -ErrorAction SilentlyContinue -ErrorVariable failed

        $failed.Count | Should -Be 1
        "$($failed[0])" | Should -BeLike "*'InstanceId'*"
        Get-RequestCount | Should -Be $before
    }

    It 'calls an emulator at the IPv6 loopback address' {
        $ipv6 = Start-IdcTestEmulator -Url 'http://[::1]:0'
        try {
            $ipv6.Url | Should -BeLike 'http://`[::1`]:*'
            $ipv6Connection = Get-IdcTestConnection -Emulator $ipv6
            $set = New-IdcPermissionSet -InstanceId $ipv6.InstanceId -Name 'OverIPv6' @ipv6Connection
            $set.Name | Should -Be 'OverIPv6'
        }
        finally {
            Stop-IdcTestEmulator -Emulator $ipv6
        }
    }

    It 'names a NUL in -PolicyPath as the problem' {
        Test-IdcPolicy -PolicyPath "a`0b.json" -ErrorAction SilentlyContinue -ErrorVariable failed

        $failed.Count | Should -Be 1
        "$($failed[0])" | Should -BeLike '*-PolicyPath*NUL*'
    }

    It 'reports an escaped lone surrogate as a finding and goes on with the next policy' {
        $policies = @(
            [pscustomobject]@{ Policy = '{"Version":"5.0","Statement":[{"Effect":"Allow","Action":["obs:bucket:list\ud800"]}]}' }
            [pscustomobject]@{ Policy = '{"Version":"5.0","Statement":[{"Effect":"allow","Action":["obs:bucket:listBucket"]}]}' }
        )

        $findings = @($policies | Test-IdcPolicy -ErrorAction SilentlyContinue -ErrorVariable failed)

        $failed.Count | Should -Be 0
        @($findings | Where-Object Message -Like '*surrogate*').Count | Should -Be 1
        @($findings | Where-Object Code -EQ 'Policy.EffectValue').Count | Should -Be 1
    }

    It 'refuses a FIFO as -PolicyPath instead of waiting on it' -Skip:$IsWindows {
        $fifo = Join-Path $TestDrive 'policy.fifo'
        & mkfifo $fifo
        $job = Start-ThreadJob -ScriptBlock {
            param($Module, $Path)
            Import-Module $Module
            Test-IdcPolicy -PolicyPath $Path -ErrorAction SilentlyContinue -ErrorVariable failed
            "$($failed[0])"
        } -ArgumentList (Get-IdcBuiltModulePath), $fifo

        $finished = Wait-Job -Job $job -Timeout 30
        if (-not $finished) {
            # Unblock the reader so the job can end; the test has failed already.
            [System.IO.File]::OpenWrite($fifo).Dispose()
        }
        $message = Receive-Job -Job $job -Wait
        Remove-Job -Job $job -Force

        $finished | Should -Not -BeNullOrEmpty
        "$message" | Should -BeLike '*not a regular file*'
    }

    It 'refuses a list as a tag value instead of sending its type name' {
        { New-IdcPermissionSet -InstanceId $instanceId -Name 'ListTag' -Tag @{ team = @('a', 'b') } @connection } |
            Should -Throw -ExpectedMessage "*'team'*one piece of text*"

        Get-IdcTestPermissionSet -Emulator $emulator -InstanceId $instanceId | Where-Object name -eq 'ListTag' | Should -BeNullOrEmpty
    }
}

Describe 'The domain-id look-up' {
    It 'says a wrong secret key was refused instead of advising -DomainId' {
        $wrong = [pscredential]::new($emulator.AccessKeyId, (ConvertTo-SecureString -String 'NotTheEmulatorsSecretKey0000000000000001' -AsPlainText -Force))

        { New-IdcPermissionSet -InstanceId $instanceId -Name 'WrongKey' -EndpointUrl $emulator.Url -Credential $wrong -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*refused the signature*'
    }
}

Describe 'Tab completion' {
    AfterEach { Disconnect-IdcService }

    It 'never signs a request to an -EndpointUrl only typed on the line' {
        $stranger = New-TrapListener
        try {
            Connect-IdcService @connection
            $typed = "http://127.0.0.1:$($stranger.LocalEndpoint.Port)"
            $line = "New-IdcPermissionSet -EndpointUrl '$typed' -Name x -InstanceId "

            $completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length

            $stranger.Pending() | Should -BeFalse
            @($completion.CompletionMatches).Count | Should -Be 0
        }
        finally {
            $stranger.Stop()
        }
    }

    It 'still completes from the session''s endpoint' {
        Connect-IdcService @connection
        $line = 'New-IdcPermissionSet -Name x -InstanceId '

        $completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length

        $completion.CompletionMatches.CompletionText | Should -Contain $instanceId
    }
}
