#!/usr/bin/perl
# Seeds Request Tracker 5 from tests/rt5/tickets.json; called by tests/rt5/setup.sh.
#
# A customer's message is a real RFC 5322 mail (UTF-8 body, RFC 2047 encoded Subject and From
# name) piped into rt-mailgate, so RT authors it as that customer (an unprivileged user it
# creates from the From address). The first one creates the ticket; later ones carry
# "Re: [example.test #N] <subject>" so RT threads them into ticket N. An agent's message is
# posted as root through REST 1.0 (Action: correspond).
#
# Idempotent: a ticket is found again by its requester's address and subject, and only the
# messages that its history does not have yet (counted from "Ticket created" and
# "Correspondence added" transactions) are sent. Prints one JSON line on stdout.
use strict;
use warnings;
use utf8;
use Encode qw(encode decode);
use MIME::Base64 qw(encode_base64);
use HTTP::Tiny;
use JSON::PP;
use POSIX qw(strftime);
use Getopt::Long;

my ($base, $file, $mode, $out) = ('http://127.0.0.1:8080', undef, 'plain', undef);
my ($user, $pass) = ('root', 'testpass123');
my $dry;   # --dry-run: print the mails and REST forms for new tickets, send nothing
GetOptions('base=s' => \$base, 'tickets=s' => \$file, 'mode=s' => \$mode, 'out=s' => \$out, 'dry-run' => \$dry)
  or die "usage: seed.pl --tickets FILE [--base URL] [--mode plain|rich] [--out FILE]\n";
die "seed.pl: --tickets is required\n" unless $file;

my $json = JSON::PP->new->utf8->canonical;
my $doc = do { local $/; open my $fh, '<:raw', $file or die "$file: $!\n"; $json->decode(<$fh>) };
my $rtname = $doc->{rtname} // 'example.test';
my $queue = $doc->{queue} // 'General';
my $http = HTTP::Tiny->new(timeout => 60);

sub note { print STDERR '[rt5-seed] ', encode('UTF-8', join('', @_)), "\n" }

# REST 1.0: returns the body after the "RT/5.x.y 200 Ok" status line, as characters.
sub rest {
  my ($method, $path, $form) = @_;
  my $url = "$base/REST/1.0/$path";
  $url .= ($url =~ /\?/ ? '&' : '?') . $http->www_form_urlencode({ user => $user, pass => $pass });
  my $res = $method eq 'POST'
    ? $http->post_form($url, $form)    # HTTP::Tiny UTF-8-encodes character strings itself
    : $http->get($url);
  die "REST $path: HTTP $res->{status} $res->{reason}\n" unless $res->{success};
  my $body = decode('UTF-8', $res->{content});
  $body =~ s/\A(RT\/\S+ (\d+) [^\n]*)\n\n?//;
  die "REST $path: $1\n$body\n" unless defined $2 && $2 eq '200';
  return $body;
}

sub find_ticket {
  my ($t) = @_;
  my $email = $t->{customer}{email};
  my $q = "Queue = '$queue' AND Requestor.EmailAddress = '$email'";
  my $body = rest(GET => 'search/ticket?' . $http->www_form_urlencode({ query => $q, orderby => 'id', format => 's' }));
  for my $line (split /\n/, $body) {
    next unless $line =~ /^(\d+): (.*)$/;
    return $1 if $2 eq $t->{subject};
  }
  return undef;
}

# Messages already in ticket N: its create plus each correspondence, in order.
sub messages_done {
  my ($id) = @_;
  my $body = rest(GET => "ticket/$id/history?format=s");
  return scalar grep { /^\d+: (Ticket created|Correspondence added)/ } split /\n/, $body;
}

# The text RT stored for the newest message must start as sent (catches charset mistakes).
sub check_last_message {
  my ($id, $key, $first) = @_;
  my $body = rest(GET => "ticket/$id/history?format=l");
  my @contents = $body =~ /^Type: (?:Create|Correspond)\n.*?^Content: ([^\n]*)/msg;
  my $got = $contents[-1] // '';
  s/\s+$// for $got, $first;
  die "$key (#$id): RT stored '$got', expected '$first'\n" unless $got eq $first;
}

sub lines_of {
  my ($m, $id) = @_;
  my @lines = @{ $m->{lines} // [split /\n/, $m->{text} // ''] };
  s/\{\{id\}\}/$id/g for @lines;
  return @lines;
}

sub mime_words { my ($s) = @_; $s =~ /[^\x20-\x7e]/ ? encode('MIME-Header', $s) : $s }

sub text_part {
  my ($text, $subtype, $transfer) = @_;
  my $bytes = encode('UTF-8', $text);
  my $cte = $transfer eq 'base64' ? 'base64' : ($bytes =~ /[^\x00-\x7f]/ ? '8bit' : '7bit');
  my $body = $cte eq 'base64' ? encode_base64($bytes) : $bytes;
  return "Content-Type: text/$subtype; charset=utf-8\nContent-Transfer-Encoding: $cte\n\n$body";
}

sub build_mail {
  my ($t, $m, $n, $id) = @_;
  my $c = $t->{customer};
  # As a mail client writes a reply: the "Re: [rtname #N] " tag in ASCII, the subject in
  # RFC 2047 encoded words when it is not ASCII.
  my $subject = (defined $id ? "Re: [$rtname #$id] " : '') . mime_words($t->{subject});
  my $text = join("\n", lines_of($m, $id)) . "\n";
  my $transfer = $m->{transfer} // '8bit';
  my $part = text_part($text, 'plain', $transfer);
  if (defined $m->{html}) {
    my $b = "=_alt_$t->{key}_$n";
    $part = "Content-Type: multipart/alternative; boundary=\"$b\"\n\n--$b\n$part\n--$b\n"
      . text_part("$m->{html}\n", 'html', 'base64') . "\n--$b--\n";
  }
  if (@{ $m->{attachments} // [] }) {
    my $b = "=_mixed_$t->{key}_$n";
    my $mixed = "Content-Type: multipart/mixed; boundary=\"$b\"\n\n--$b\n$part\n";
    for my $a (@{ $m->{attachments} }) {
      my $name = mime_words($a->{name});
      $mixed .= "--$b\nContent-Type: $a->{type}; name=\"$name\"\nContent-Disposition: attachment; filename=\"$name\"\n"
        . "Content-Transfer-Encoding: base64\n\n$a->{base64}\n";
    }
    $part = "$mixed--$b--\n";
  }
  my $domain = (split /@/, $c->{email})[1];
  my @head = (
    'From: ' . mime_words($c->{name}) . " <$c->{email}>",
    "To: rt\@$rtname",
    "Subject: $subject",
    'Date: ' . strftime('%a, %d %b %Y %H:%M:%S +0000', gmtime),
    "Message-ID: <kizuki-$t->{key}-$n-" . time . "\@$domain>",
    'MIME-Version: 1.0',
  );
  my $mail = join("\n", @head) . "\n" . $part;
  utf8::downgrade($mail);    # headers are ASCII (RFC 2047 words), bodies already UTF-8 bytes
  return $mail;
}

sub mailgate {
  my ($mail) = @_;
  if ($dry) { print STDERR "----- mail -----\n$mail"; return }
  open my $pipe, '|-', 'rt-mailgate', '--url', "$base/", '--queue', $queue, '--action', 'correspond'
    or die "rt-mailgate: $!\n";
  binmode $pipe;
  print $pipe $mail;
  close $pipe or die "rt-mailgate failed (exit " . ($? >> 8) . ")\n";
}

sub correspond {
  my ($id, $text) = @_;
  my $content = "id: $id\nAction: correspond\nText: " . join("\n", map { " $_" } split /\n/, $text, -1) . "\n";
  $content =~ s/\nText:  /\nText: /;
  if ($dry) { print STDERR "----- REST correspond #$id -----\n", encode('UTF-8', $content); return }
  my $body = rest(POST => "ticket/$id/comment", { content => $content });
  die "REST correspond on #$id: $body\n" unless $body =~ /Correspondence added|Message recorded/i;
}

my @result;
for my $t (@{ $doc->{tickets} }) {
  my @msgs = @{ $t->{messages} };
  die "$t->{key}: first message must be the customer's\n" unless $msgs[0]{by} eq 'customer';
  my $id = $dry ? undef : find_ticket($t);
  my $done = defined $id ? messages_done($id) : 0;
  my $sent = 0;
  for my $n ($done .. $#msgs) {
    my $m = $msgs[$n];
    if ($m->{by} eq 'customer') {
      mailgate(build_mail($t, $m, $n, $id));
      $id //= $dry ? 999 : find_ticket($t) // die "$t->{key}: rt-mailgate ran but no ticket was found\n";
    } elsif ($m->{by} eq 'agent') {
      correspond($id, join("\n", lines_of($m, $id)));
    } else {
      die "$t->{key}: message $n has unknown 'by' ($m->{by})\n";
    }
    $sent++, next if $dry;
    my $now = messages_done($id);
    die "$t->{key} (#$id): message $n did not land (history has $now messages)\n" unless $now == $n + 1;
    check_last_message($id, $t->{key}, (grep { /\S/ } lines_of($m, $id))[0]);
    $sent++;
  }
  note(sprintf '#%d %s: %s (%s)', $id, $t->{key}, $t->{subject},
    $sent ? "sent $sent of " . scalar(@msgs) . ' messages' : 'already seeded');
  push @result, { key => $t->{key}, lang => $t->{lang}, id => 0 + $id, subject => $t->{subject},
    messages => scalar(@msgs), sent_now => $sent,
    display => "$base/Ticket/Display.html?id=$id", reply => "$base/Ticket/Update.html?id=$id&Action=Respond" };
}

my $line = $json->encode({ base => $base, mode => $mode, login => "$base/NoAuth/Login.html",
  user => $user, capture => $doc->{capture} // [], tickets => \@result });
if ($out) { open my $fh, '>:raw', $out or die "$out: $!\n"; print $fh "$line\n"; close $fh }
print "$line\n";
