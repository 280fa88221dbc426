#!/usr/bin/python3
"""Makes Kasibi's supplementary Kazakh Hunspell dictionary and measures it on text it was not
made from.

resources/spelling/kk-kasibi.aff: Kazakh morphology as Hunspell affix rules, vowel harmony and
the assimilation of each ending's first consonant stated once (below) and spelt out for every
kind of stem end. Nouns (flag B, and C for a case ending on the bare stem): a derivation (-шы,
-лық, -лы, -сыз, -лау), the plural (-лар/-лер/-дар/-дер/-тар/-тер), a possessive (-ы/-і/-сы/-сі,
-ым, -ың, -ымыз, -ыңыз), then as a second suffix a case ending (-ның, -ға, -да, -дан, -ды, -мен,
-дағы, -дай, -ша: -на, -нда, -нан, -н after a possessive). Verbs (flag M, on the infinitive in
-у): a voice (passive, causative, reflexive), the negation (-ма/-ба/-па), then a tense,
participle, converb, mood or person, and participles declined as nouns. Read with Debian's
Kazakh word list (hunspell-kk, whose nouns carry B and C and whose verbs carry M) by a second
Hunspell beside Debian's own (SpellChecker).

resources/spelling/kk-kasibi.dic: stems Debian's list lacks, found in the TRAINING texts (the
built-in classifier names and Kasibi's interface texts, translations/kasibi_kk.ts and
qt_kk.ts): for each word neither dictionary takes, the stem that with the affixes above gives it
back, else the word itself.

The share of correct words marked is measured on the HELD-OUT texts, which add no stem: the
sample standard's Kazakh wording (what a user writes) and the Kazakh user guide.

Run by hand (it needs libhunspell-1.7): /usr/bin/python3 scripts/make-kazakh-dictionary.py
tests/test_spellchecker.cpp measures the same on the sample standard with the program's checker.
"""
import ctypes, html, itertools, json, os, re, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AFF_OUT = os.path.join(root, 'resources/spelling/kk-kasibi.aff')
DIC_OUT = os.path.join(root, 'resources/spelling/kk-kasibi.dic')
DEBIAN_AFF, DEBIAN_DIC = '/usr/share/hunspell/kk_KZ.aff', '/usr/share/hunspell/kk_KZ.dic'

# --- Sounds --------------------------------------------------------------------------------
BACK, FRONT = 'аоұыяёэ', 'әеөүіию'
VOWELS = BACK + FRONT
CONSONANTS = 'бвгғджзйклмнңпрстуфхһцчшщъь'
# What decides an ending's first consonant: the stem's last letter.
CATEGORIES = {
    'V': VOWELS,
    'R': 'руй',
    'L': 'л',
    'N': 'мнң',
    'Z': 'жз',
    'K': 'к', 'Q': 'қ', 'P': 'п',  # voiced before a vowel: г, ғ, б
    'T': 'бвгғдстфхһцчшщь',
}
VOICED_BEFORE_VOWEL = {'к': 'г', 'қ': 'ғ', 'п': 'б'}


def harmony(word):
    for c in reversed(word):
        if c in BACK:
            return 'b'
        if c in FRONT:
            return 'f'
    return 'b'


def category(word):
    last = word[-1]
    for name, letters in CATEGORIES.items():
        if last in letters:
            return name
    return 'T'


def voiceless(word):
    return category(word) in 'KQPT'


def a(w):
    return 'а' if harmony(w) == 'b' else 'е'


def y(w):
    return 'ы' if harmony(w) == 'b' else 'і'


def join(word, ending):
    """The stem with an ending: к, қ, п voiced before a vowel (біліктілік + і: біліктілігі)."""
    if ending and ending[0] in VOWELS and word[-1] in VOICED_BEFORE_VOWEL:
        word = word[:-1] + VOICED_BEFORE_VOWEL[word[-1]]
    return word + ending


# --- Endings: each a function of the word so far, giving the word with the ending -----------
def plural(w):      # -лар after vowels and р, у, й; -дар after л, м, н, ң, ж, з; -тар else
    c = category(w)
    first = 'л' if c in 'VR' else 'д' if c in 'LNZ' else 'т'
    return join(w, first + a(w) + 'р')


def poss3(w):
    return join(w, ('с' + y(w)) if category(w) == 'V' else y(w))


def poss_person(suffix_after_vowel):
    def attach(w):
        if category(w) == 'V':
            return join(w, suffix_after_vowel(w))
        return join(w, y(w) + suffix_after_vowel(w))
    return attach


poss1 = poss_person(lambda w: 'м')
poss2 = poss_person(lambda w: 'ң')
poss1pl = poss_person(lambda w: 'м' + y(w) + 'з')
poss2pl = poss_person(lambda w: 'ң' + y(w) + 'з')


def deriv_shy(w):
    return join(w, 'ш' + y(w))


def like_plural(tail):  # -лық/-дық/-тық, -лы/-ды/-ты, -лау/-дау/-тау
    def attach(w):
        c = category(w)
        first = 'л' if c in 'VR' else 'д' if c in 'LNZ' else 'т'
        return join(w, first + tail(w))
    return attach


deriv_lyq = like_plural(lambda w: y(w) + ('қ' if harmony(w) == 'b' else 'к'))
deriv_ly = like_plural(lambda w: y(w))
deriv_lau = like_plural(lambda w: a(w) + 'у')


def deriv_syz(w):
    return join(w, 'с' + y(w) + 'з')


# Cases. after: '' (a bare stem or plural/derivation), '3' (a third-person possessive).
def genitive(w, after=''):
    c = category(w)
    first = 'н' if c in 'VN' else 'д' if c in 'RLZ' else 'т'
    return join(w, first + y(w) + 'ң')


def accusative(w, after=''):
    if after == '3':
        return join(w, 'н')
    c = category(w)
    first = 'н' if c == 'V' else 'т' if voiceless(w) else 'д'
    return join(w, first + y(w))


def dative(w, after=''):
    if after == '3':
        return join(w, 'н' + a(w))
    if after == '12':  # after -ым, -ың: үйіме, атыңа
        return join(w, a(w))
    if voiceless(w):
        return join(w, ('қ' if harmony(w) == 'b' else 'к') + a(w))
    return join(w, ('ғ' if harmony(w) == 'b' else 'г') + a(w))


def locative(w, after=''):
    if after == '3':
        return join(w, 'нд' + a(w))
    return join(w, ('т' if voiceless(w) else 'д') + a(w))


def ablative(w, after=''):
    if after == '3' or category(w) == 'N':
        return join(w, 'н' + a(w) + 'н')
    return join(w, ('т' if voiceless(w) else 'д') + a(w) + 'н')


def instrumental(w, after=''):
    c = category(w)
    return join(w, 'мен' if c in 'VRLN' else 'бен' if c == 'Z' else 'пен')


def locative_adjective(w, after=''):  # -дағы/-дегі
    back = harmony(w) == 'b'
    tail = 'ғы' if back else 'гі'
    if after == '3':
        return join(w, 'нд' + a(w) + tail)
    return join(w, ('т' if voiceless(w) else 'д') + a(w) + tail)


def similative(w, after=''):  # -дай/-дей: басылғандай
    if after == '3':
        return join(w, 'нд' + a(w) + 'й')
    return join(w, ('т' if voiceless(w) else 'д') + a(w) + 'й')


def equative(w, after=''):  # -ша/-ше: қазақша
    return join(w, 'ш' + a(w))


CASES = [genitive, accusative, dative, locative, ablative, instrumental, locative_adjective,
         similative, equative]
DERIVATIONS = [None, deriv_shy, deriv_lyq, deriv_ly, deriv_syz, deriv_lau]
POSSESSIVES = [(None, ''), (poss3, '3'), (poss1, '12'), (poss2, '12'), (poss1pl, ''),
               (poss2pl, '')]


def noun_forms(w):
    """Stem + derivation? + plural? + possessive?: (the word, what case endings may follow)."""
    for derive, plural_, (possess, after) in itertools.product(DERIVATIONS, [False, True],
                                                               POSSESSIVES):
        if not derive and not plural_ and not possess:
            continue
        form = w
        if derive:
            form = derive(form)
        if plural_:
            form = plural(form)
        if possess:
            form = possess(form)
        yield form, after


# Verbs, from the root (the infinitive without -у).
def passive(w):  # -ыл/-іл, -л after a vowel, -ын/-ін after л
    c = category(w)
    if c == 'V':
        return join(w, 'л')
    return join(w, y(w) + ('н' if c == 'L' else 'л'))


def causative(w):  # -т after a vowel, -дыр/-тыр else
    if category(w) == 'V':
        return join(w, 'т')
    return join(w, ('т' if voiceless(w) else 'д') + y(w) + 'р')


def reflexive(w):
    return join(w, 'н' if category(w) == 'V' else y(w) + 'н')


def negation(w):  # -ма after vowels, р, у, й, л; -ба after м, н, ң, ж, з; -па else
    c = category(w)
    first = 'м' if c in 'VRL' else 'б' if c in 'NZ' else 'п'
    return join(w, first + a(w))


def past(w):
    return join(w, ('т' if voiceless(w) else 'д') + y(w))


def participle(w):  # -ған/-қан
    back = harmony(w) == 'b'
    first = ('қ' if back else 'к') if voiceless(w) else ('ғ' if back else 'г')
    return join(w, first + a(w) + 'н')


def present_stem(w):  # -а/-е, -й after a vowel
    return join(w, 'й' if category(w) == 'V' else a(w))


def converb(w):  # -ып/-іп, -п after a vowel
    return join(w, 'п' if category(w) == 'V' else y(w) + 'п')


def conditional(w):
    return join(w, 'с' + a(w))


def present_participle(w):  # -атын/-етін, -йтын/-йтін
    back = harmony(w) == 'b'
    return join(w, ('йтын' if back else 'йтін') if category(w) == 'V' else
                (a(w) + ('тын' if back else 'тін')))


def future_participle(w):  # -ар/-ер, -р after a vowel
    return join(w, 'р' if category(w) == 'V' else a(w) + 'р')


def tool_noun(w):  # -ғыш/-гіш/-қыш/-кіш: тиегіш
    back = harmony(w) == 'b'
    first = ('қ' if back else 'к') if voiceless(w) else ('ғ' if back else 'г')
    return join(w, first + y(w) + 'ш')


def purpose(w):  # -ғалы/-гелі
    back = harmony(w) == 'b'
    first = ('қ' if back else 'к') if voiceless(w) else ('ғ' if back else 'г')
    return join(w, first + a(w) + 'л' + y(w))


def imperative_polite(w):  # -ыңыз/-іңіз, -ңыз after a vowel: көрсетіңіз
    return poss2pl(w)


def imperative_third(w):  # -сын/-сін
    return join(w, 'с' + y(w) + 'н')


def person_after_past(w):
    k = 'қ' if harmony(w) == 'b' else 'к'
    return [w + 'м', w + 'ң', w + k, w + 'ң' + y(w) + 'з', w + 'ң' + y(w) + 'здар']


def person_after_present(w):
    return [w + 'м' + y(w) + 'н', w + 'с' + y(w) + 'ң', w + 'м' + y(w) + 'з', w + 'с' + y(w) + 'з',
            w + 'д' + y(w)]


def verb_forms(root):
    """(form, what case endings may follow: None for none, or '' / '3' / '12')."""
    voices = [root, passive(root), causative(root), reflexive(root)]
    for voice in voices:
        for base in (voice, negation(voice)):
            yield base, None  # the imperative
            if base != root:
                yield base + 'у', ''  # another verb's infinitive
            # The verbal noun, declined (басқарудың, оқытуға), with a possessive
            # (тұтынуы) or as the doer (бақылаушы, бақылаушылары).
            infinitive = base + 'у'
            for case in CASES:
                yield case(infinitive), None
            for possess, after in POSSESSIVES[1:]:
                yield possess(infinitive), after
            for form in (deriv_shy(infinitive), plural(deriv_shy(infinitive))):
                yield form, ''
                yield poss3(form), '3'
            # The person follows as a second suffix (болдым, таңдалады, толтырылмаса).
            yield past(base), 'past'
            yield present_stem(base), 'present'
            yield converb(base), None
            yield conditional(base), 'past'
            for participle_ in (participle(base), present_participle(base),
                                future_participle(base)):
                yield participle_, ''
                for possess, after in POSSESSIVES[1:]:
                    yield possess(participle_), after
                yield plural(participle_), ''
                yield poss3(plural(participle_)), '3'
            yield imperative_polite(base), None
            yield imperative_third(base), None
            yield purpose(base), None
        yield tool_noun(voice), ''
        yield poss3(tool_noun(voice)), '3'


# --- Affix rules -----------------------------------------------------------------------------
# A kind of stem end: the last harmony vowel, up to two consonants, the last letter's category.
def stem_ends():
    """(example stem, Hunspell condition) for each kind of stem end."""
    for h, vowels in (('b', BACK), ('f', FRONT)):
        example_vowel = vowels[0]
        yield example_vowel, '[%s]' % vowels
        for name, letters in CATEGORIES.items():
            if name == 'V':
                continue
            for between in range(3):
                condition = '[%s]' % vowels + ('[%s]' % CONSONANTS) * between + \
                    '[%s]' % letters
                example = example_vowel + 'р' * between + letters[0]
                yield example, condition


def rule(stem, condition, form, after):
    """The suffix rule (strip, add, condition, after) that makes form of stem, whose end the
    condition describes; None when it would strip more than the last letter."""
    common = 0
    while common < min(len(form), len(stem)) and form[common] == stem[common]:
        common += 1
    strip, add = stem[common:], form[common:]
    if not add or len(strip) > 1:
        return None
    if strip:  # the condition ends with the letter taken off
        parts = re.findall(r'\[[^\]]+\]|.', condition)
        if strip not in parts[-1]:
            return None
        parts[-1] = strip
        condition = ''.join(parts)
    return (strip or '0', add, condition, after)


def rules_for(forms_of, ends):
    rules = set()
    for stem, condition in ends:
        for form, after in forms_of(stem):
            made = rule(stem, condition, form, after)
            if made:
                rules.add(made)
    # Ends that take an ending alike share one rule: their last letters in one class.
    merged = {}
    for strip, add, condition, after in rules:
        parts = re.findall(r'\[[^\]]+\]|.', condition)
        key = (strip, add, ''.join(parts[:-1]), after)
        merged.setdefault(key, set()).update(parts[-1].strip('[]'))
    result = []
    for (strip, add, head, after), letters in merged.items():
        last = ''.join(sorted(letters))
        result.append((strip, add, head + (last if len(last) == 1 else '[%s]' % last), after))
    return sorted(result, key=lambda r: (r[0], r[1], r[2], r[3] or ''))


CONTINUATION = {'': '1', '3': '2', '12': '3', 'past': '4', 'present': '5'}


def write_aff(path):
    noun_rules = rules_for(noun_forms, stem_ends())
    # машинист + і: машинисі (the т of -ст falls before a vowel, as Kazakh spelling writes it).
    for vowels in (BACK, FRONT):
        for between in range(2):
            stem = vowels[0] + 'р' * between + 'ст'
            condition = '[%s]' % vowels + ('[%s]' % CONSONANTS) * between + 'ст'
            for possess, after in POSSESSIVES[1:]:
                noun_rules.append(('т', possess(stem[:-1])[len(stem) - 1:], condition, after))
    # Verbs: the stem is the infinitive, the root and -у.
    # Roots end in at most two consonants after their last vowel.
    verb_rules = rules_for(lambda infinitive: verb_forms(infinitive[:-1]),
                           [(stem + 'у', condition + 'у') for stem, condition in stem_ends()
                            if condition.count('[') <= 3])
    case_rules = {}
    for after in ('', '3', '12'):
        case_rules[after] = rules_for(lambda stem: [(case(stem, after), None) for case in CASES],
                                      stem_ends())
    lines = ['SET UTF-8', 'TRY ' + 'аеіыолнтрсдқмуұгбкзшжйпңяғүөәһхцчщфвэюёиъь',
             '# Made by scripts/make-kazakh-dictionary.py: edit the script, not this file.',
             '# B: a noun with a derivation, the plural or a possessive; C: a case ending;',
             '# M: a verb (the infinitive); 1, 2, 3: the case endings after B and M; 4, 5: persons.', '']

    def block(flag, rules):
        lines.append('SFX %s N %d' % (flag, len(rules)))
        for strip, add, condition, after in rules:
            more = '' if after is None else '/' + CONTINUATION[after]
            lines.append('SFX %s %s %s%s %s' % (flag, strip, add, more, condition))
        lines.append('')

    persons = {
        'past': rules_for(lambda stem: [(f, None) for f in person_after_past(stem)], stem_ends()),
        'present': rules_for(lambda stem: [(f, None) for f in person_after_present(stem)],
                             stem_ends())}
    block('B', noun_rules)
    block('M', verb_rules)
    block('C', case_rules[''])
    block('1', case_rules[''])
    block('2', case_rules['3'])
    block('3', case_rules['12'])
    block('4', persons['past'])
    block('5', persons['present'])
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))
    return sum(1 for l in lines if l.startswith('SFX') and len(l.split()) > 4)


# --- Texts ------------------------------------------------------------------------------------
def sample_texts():
    texts = []

    def walk(value):
        if isinstance(value, dict):
            for key, inner in value.items():
                if key == 'kk' and isinstance(inner, str):
                    texts.append(inner)
                else:
                    walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(json.load(open(os.path.join(root, 'resources/sample/mining-b07102012.json'))))
    return '\n'.join(texts)


def classifier_texts():
    texts = []
    for name in ('oked-builtin.csv', 'nkz-builtin.csv'):
        for line in open(os.path.join(root, 'resources/classifiers', name), encoding='utf-8'):
            if line.startswith('#') or line.startswith('code;'):
                continue
            fields = line.rstrip('\n').split(';')
            if len(fields) >= 2:
                texts.append(fields[1])
    return '\n'.join(texts)


def translation_texts(name):
    text = open(os.path.join(root, 'translations', name), encoding='utf-8').read()
    found = []
    for match in re.finditer(r'<translation[^>]*>(.*?)</translation>', text, re.S):
        t = html.unescape(re.sub(r'<[^>]+>', ' ', match.group(1)))
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))  # rich text inside the message
        found.append(re.sub(r'%\w+', ' ', t).replace('&', ''))
    return '\n'.join(found)


def guide_text():
    text = open(os.path.join(root, 'resources/guide/guide-kk.html'), encoding='utf-8').read()
    return html.unescape(re.sub(r'<[^>]+>', ' ', text))


# As SpellHighlighter::words() and SpellChecker::isCheckable() take them; Kazakh words only (the
# interface texts name DOCX, Kasibi, Ctrl).
def words_of(text):
    words = re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", text)
    return [w for w in words if checkable(w) and not re.search('[A-Za-z]', w)]


def checkable(word):
    return len(word) >= 2 and not any(c.isdigit() for c in word) and \
        any(c.islower() for c in word)


# --- Hunspell --------------------------------------------------------------------------------
h = ctypes.CDLL('libhunspell-1.7.so.0')
h.Hunspell_create.restype = ctypes.c_void_p
h.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
h.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
h.Hunspell_add_dic.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
h.Hunspell_add_with_affix.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
h.Hunspell_remove.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
h.Hunspell_destroy.argtypes = [ctypes.c_void_p]


class Checker:
    """As SpellChecker: right when Debian's dictionary or Kasibi's takes the word (a compound
    with a hyphen when each part is right)."""

    def __init__(self, supplement=None, stems=None):
        self.debian = h.Hunspell_create(DEBIAN_AFF.encode(), DEBIAN_DIC.encode())
        self.ours = None
        if supplement:
            self.ours = h.Hunspell_create(supplement.encode(), DEBIAN_DIC.encode())
            if stems:
                h.Hunspell_add_dic(self.ours, stems.encode())

    def spell(self, word):
        data = word.encode()
        return bool(h.Hunspell_spell(self.debian, data) or
                    (self.ours and h.Hunspell_spell(self.ours, data)))

    def correct(self, word):
        if self.spell(word):
            return True
        if '-' not in word:
            return False
        return all(not checkable(p) or self.spell(p) for p in word.split('-') if p)


def stem_candidates(word):
    """Beginnings of the word that could be its stem, longest first."""
    found = []
    for cut in range(len(word) - 1, 2, -1):
        base = word[:cut]
        found.append(base)
        if base[-1] in 'гғб':
            found.append(base[:-1] + {'г': 'к', 'ғ': 'қ', 'б': 'п'}[base[-1]])
        if base.endswith('с'):  # машинисі: машинист
            found.append(base + 'т')
        found.append(base + 'у')  # a verb's infinitive
    return found


def derive_stems(words, checker):
    entries = {}
    for word in sorted(set(w.lower() for w in words)):
        for part in [p for p in word.split('-') if p]:
            if checker.correct(part) or not checkable(part):
                continue
            chosen = None
            for stem in stem_candidates(part):
                flags = 'M' if stem.endswith('у') else 'BC'
                h.Hunspell_add_with_affix(checker.ours, stem.encode(),
                                          ('болу' if flags == 'M' else 'масса').encode())
                good = h.Hunspell_spell(checker.ours, part.encode())
                h.Hunspell_remove(checker.ours, stem.encode())
                if good:
                    chosen = (stem, flags)
                    break
            stem, flags = chosen or (part, 'BC')
            entries.setdefault(stem, flags)
            h.Hunspell_add_with_affix(checker.ours, stem.encode(),
                                      ('болу' if flags == 'M' else 'масса').encode())
    return entries


def share(checker, words):
    marked = [w for w in words if not checker.correct(w)]
    return marked, 100.0 * len(marked) / max(1, len(words))


def main():
    rules = write_aff(AFF_OUT)
    training = words_of(classifier_texts()) + words_of(translation_texts('kasibi_kk.ts')) + \
        words_of(translation_texts('qt_kk.ts'))
    held_out = {'sample standard': words_of(sample_texts()), 'user guide': words_of(guide_text())}
    debian = Checker()
    entries = derive_stems(training, Checker(AFF_OUT))
    with_affixes = Checker(AFF_OUT)
    with open(DIC_OUT, 'w', encoding='utf-8') as f:
        f.write('%d\n' % len(entries))
        for stem, flags in sorted(entries.items()):
            f.write('%s/%s\n' % (stem, flags))
    full = Checker(AFF_OUT, DIC_OUT)
    print('%s: %d affix rules; %s: %d stems from %d words of the training texts '
          '(classifier names, interface texts)' % (os.path.relpath(AFF_OUT, root), rules,
                                                   os.path.relpath(DIC_OUT, root), len(entries),
                                                   len(training)))
    for name, words in list(held_out.items()) + [('training texts', training)]:
        before, b = share(debian, words)
        affixes_only, m = share(with_affixes, words)
        after, a_ = share(full, words)
        print('%-16s %5d words; marked: Debian alone %4d (%.1f%%), with the affix file %4d '
              '(%.1f%%), with the stems too %4d (%.2f%%)' %
              (name, len(words), len(before), b, len(affixes_only), m, len(after), a_))
        if '-v' in sys.argv and name != 'training texts':
            print('   ', sorted(set(after)))


main()
