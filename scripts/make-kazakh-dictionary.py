#!/usr/bin/python3
"""Makes Kasibi's supplementary Kazakh Hunspell dictionary and measures it on text it was not
made from (resources/spelling/README.md).

resources/spelling/kk-kasibi.aff: Kazakh morphology as Hunspell affix rules, vowel harmony and
the assimilation of each ending's first consonant stated once (below) and spelt out for every
kind of stem end (a Russian word's too: модель, курс, машинист). Nouns (flag B, and C for a
case ending on the bare stem): a derivation (-шы, -лық, -лы, -сыз, -лау, -гер, -лама, and two
in a row), the plural, a possessive, then as a second suffix a case ending; a verb in -лау
conjugated. Verbs (flag M, on the infinitive in -у): a voice, the negation, then a tense,
participle, converb, mood or person, participles declined, the nouns in -ма, -ғыш, -уыш.

resources/spelling/kk-kasibi.dic: the stems given these endings, read before Debian's list by
the supplement's Hunspell (SpellChecker): Debian's stems that it lists without endings (its
words without flags, its verbs' infinitives as nouns); Russian nouns and verbs in -ировать from
Debian's Russian dictionary; the hand-written general vocabulary (kk-vocabulary.txt); and stems
found in the TRAINING texts (the built-in classifier names and Kasibi's interface texts,
translations/kasibi_kk.ts and qt_kk.ts): for each word nothing above takes, the stem that with
the affixes gives it back, else the word itself.

The share of correct words marked is measured on the HELD-OUT texts, which add no stem: the
sample standard's Kazakh wording (what a user writes) and the Kazakh user guide; and the share
of misspellings of their words still marked.

Run by hand (it needs libhunspell-1.7, hunspell-kk, hunspell-ru):
/usr/bin/python3 scripts/make-kazakh-dictionary.py [-v: list the words still marked]
tests/test_spellchecker.cpp measures the same on the sample standard with the program's checker.
"""
import csv, ctypes, html, itertools, json, os, re, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AFF_OUT = os.path.join(root, 'resources/spelling/kk-kasibi.aff')
DIC_OUT = os.path.join(root, 'resources/spelling/kk-kasibi.dic')
DEBIAN_AFF, DEBIAN_DIC = '/usr/share/hunspell/kk_KZ.aff', '/usr/share/hunspell/kk_KZ.dic'

# --- Sounds --------------------------------------------------------------------------------
BACK, FRONT = 'аоұыяёэ', 'әеөүіию'
VOWELS = BACK + FRONT
CONSONANTS = 'бвгғджзйкқлмнңпрстуфхһцчшщъь'
# What decides an ending's first consonant: the stem's last letter.
CATEGORIES = {
    'V': VOWELS,
    'R': 'руй',
    'L': 'л',
    'N': 'мнң',
    'Z': 'жз',
    'K': 'к', 'Q': 'қ', 'P': 'п',  # voiced before a vowel: г, ғ, б
    # As T in a noun (клубқа); a verb's root in б, г, ғ is one in п, к, қ voiced before a vowel
    # (жабу, шегу, бағу: жапқан, шекті, бақты).
    'B': 'б', 'G': 'г', 'H': 'ғ',
    'T': 'вдстфхһцчшщ',
}
VOICED_BEFORE_VOWEL = {'к': 'г', 'қ': 'ғ', 'п': 'б'}
# The soft sign of a Russian loanword (модель, ось) is silent: the letter before it decides the
# ending, and it falls before a vowel (моделі, модельдің, осьтік).
SOFT = 'ь'
SOFT_AFTER = 'RLNZT'


def harmony(word):
    """'b' or 'f': the word's last vowel (у a back one between consonants in a Russian word:
    курс, контур); front after a final soft sign, as Kazakh spelling has it (осьтік,
    автомобильге)."""
    if word.endswith(SOFT):
        return 'f'
    for i in range(len(word) - 1, -1, -1):
        c = word[i]
        if c in BACK:
            return 'b'
        if c in FRONT:
            return 'f'
        if c == 'у' and 0 < i < len(word) - 1 and word[i - 1] in CONSONANTS and \
                word[i + 1] in CONSONANTS and word[i + 1] != 'у':
            return 'b'
    return 'b'


def category(word):
    last = word[-2] if word.endswith(SOFT) and len(word) > 1 else word[-1]
    for name, letters in CATEGORIES.items():
        if last in letters:
            return name
    return 'T'


def voiceless(word):
    return category(word) in 'KQPBGHT'


def a(w):
    return 'а' if harmony(w) == 'b' else 'е'


def y(w):
    return 'ы' if harmony(w) == 'b' else 'і'


def join(word, ending):
    """The stem with an ending: к, қ, п voiced before a vowel (біліктілік + і: біліктілігі), a
    soft sign dropped (модель + і: моделі)."""
    if ending and ending[0] in VOWELS:
        if word.endswith(SOFT):
            word = word[:-1]
        elif word[-1] in VOICED_BEFORE_VOWEL:
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


def deriv_ger(w):  # the doer, -гер/-кер: тәлімгер, саудагер
    return join(w, ('к' if voiceless(w) else 'г') + 'ер')


# A noun of the verb -ла/-ле makes (-лама/-деме: тағылымдама, сипаттама, анықтама).
deriv_lama = like_plural(lambda w: a(w) + 'м' + a(w))


def chain(*derivations):  # one derivation on another: құзырет-ті-лік, көшбасшы-лық, тәлімгер-лік
    def attach(w):
        for derive in derivations:
            w = derive(w)
        return w
    return attach


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
DERIVATIONS = [None, deriv_shy, deriv_lyq, deriv_ly, deriv_syz, deriv_lau, deriv_ger, deriv_lama,
               chain(deriv_ly, deriv_lyq), chain(deriv_shy, deriv_lyq),
               chain(deriv_syz, deriv_lyq), chain(deriv_ger, deriv_lyq)]
POSSESSIVES = [(None, ''), (poss3, '3'), (poss1, '12'), (poss2, '12'), (poss1pl, ''),
               (poss2pl, '')]


def noun_forms(w, derivations=DERIVATIONS):
    """Stem + derivation? + plural? + possessive?: (the word, what may follow: case endings, and
    after -лау the verb's endings too, as of any verb: модельдейтін, экскавациялайды)."""
    for derive, plural_, (possess, after) in itertools.product(derivations, [False, True],
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
        yield form, 'verb' if derive is deriv_lau and not plural_ and not possess else after


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


def infinitive(base):
    """The verbal noun: -у, with п, к, қ voiced before it (шек: шегу, жап: жабу)."""
    if base[-1] in VOICED_BEFORE_VOWEL:
        base = base[:-1] + VOICED_BEFORE_VOWEL[base[-1]]
    return base + 'у'


# A root in к, қ, п (оқу: оқиды) keeps it before a vowel: it stands for a while as a letter that
# is not voiced.
KEPT = {'к': 'k', 'қ': 'q', 'п': 'p'}
UNVOICED = {'б': 'п', 'г': 'к', 'ғ': 'қ'}


def verb_forms(root):
    """(form, what may follow: None for nothing, '' / '3' / '12' for case endings, 'past' and
    'present' for persons)."""
    if root[-1] in KEPT:
        root = root[:-1] + KEPT[root[-1]]
    elif root[-1] in UNVOICED:  # шег(у) is шек before a consonant, voiced again before a vowel
        root = root[:-1] + UNVOICED[root[-1]]
    back = str.maketrans({v: k for k, v in KEPT.items()})
    for form, after in verb_forms_of(root):
        yield form.translate(back), after


def verb_forms_of(root):
    voices = [root, passive(root), causative(root), reflexive(root)]
    for voice in voices:
        for base in (voice, negation(voice)):
            yield base, None  # the imperative
            if base != root:
                yield infinitive(base), ''  # another verb's infinitive
            # The verbal noun of a voice or the negation, declined (басқарылуы, оқытуға): that of
            # the verb itself is a stem of the dictionary and is given the nouns' flags too
            # (нұсқаулықтары, ақаулар: verbs_as_nouns()).
            if base != root:
                for case in CASES:
                    yield case(infinitive(base)), None
                for possess, after in POSSESSIVES[1:]:
                    yield possess(infinitive(base)), after
            # The doer (бақылаушы, бақылаушылары).
            doer = deriv_shy(infinitive(base))
            for form in (doer, plural(doer)):
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
            # The fact, -дық/-тық after a participle (суланғандығын, болатындығы).
            for participle_ in (participle(base),):
                fact = deriv_lyq(participle_)
                yield fact, ''
                for possess, after in POSSESSIVES[1:]:
                    yield possess(fact), after
            yield imperative_polite(base), None
            yield imperative_third(base), None
            yield purpose(base), None
    # The noun in -ма/-ме (нұсқама, нұсқамалар): the form of the negative imperative.
    yield negation(root), ''
    yield from noun_forms(negation(root), [None])
    for voice in voices:
        # Tools: -ғыш/-гіш (тиегіш) and -уыш/-уіш (өлшеуіш, сыныптауыш).
        for tool in (tool_noun(voice), join(infinitive(voice), y(voice) + 'ш')):
            yield tool, ''
            yield poss3(tool), '3'
            yield plural(tool), ''


# --- Affix rules -----------------------------------------------------------------------------
# A stem's harmony is in its flags, written by this script for each stem (harmony() above): the
# rules need only the stem's last letters. Flags of a stem: a noun (derivation, plural,
# possessive) and its case endings, a verb; of an ending, the endings that may follow it.
FLAGS = {'b': {'noun': 'B', 'case': 'C', 'verb': 'M'},
         'f': {'noun': 'F', 'case': 'G', 'verb': 'V'}}
CONTINUATION = {'b': {'': '1', '3': '2', '12': '3', 'past': '4', 'present': '5', 'verb': '1M'},
                'f': {'': '6', '3': '7', '12': '8', 'past': '9', 'present': '0', 'verb': '6V'}}


def stem_ends(h):
    """(example stem of harmony h, Hunspell condition) for each kind of stem end."""
    vowel = BACK[0] if h == 'b' else FRONT[0]
    yield vowel, '[%s]' % VOWELS
    for name, letters in CATEGORIES.items():
        if name == 'V':
            continue
        yield vowel + letters[0], '[%s]' % letters
        if name in SOFT_AFTER:
            yield vowel + letters[0] + SOFT, '[%s]%s' % (letters, SOFT)


def rule(stem, condition, form, after):
    """The suffix rule (strip, add, condition, what may follow) that makes form of stem, whose end
    the condition describes; None when it would strip more than the last two letters (жабу:
    жапты)."""
    common = 0
    while common < min(len(form), len(stem)) and form[common] == stem[common]:
        common += 1
    strip, add = stem[common:], form[common:]
    if not add or len(strip) > 2:
        return None
    if strip:  # the condition ends with the letters taken off
        parts = re.findall(r'\[[^\]]+\]|.', condition)
        if len(parts) < len(strip):
            return None
        for i, letter in enumerate(strip):
            if letter not in parts[len(parts) - len(strip) + i]:
                return None
        parts[len(parts) - len(strip):] = list(strip)
        condition = ''.join(parts)
    more = None if after is None else CONTINUATION[harmony(form)][after]
    return (strip or '0', add, condition, more)


def rules_for(forms_of, ends):
    rules = set()
    for stem, condition in ends:
        for form, after in forms_of(stem):
            made = rule(stem, condition, form, after)
            if made:
                rules.add(made)
    # Ends that take an ending alike share one rule: their last letters in one class.
    merged = {}
    for strip, add, condition, more in rules:
        parts = re.findall(r'\[[^\]]+\]|.', condition)
        key = (strip, add, ''.join(parts[:-1]), more)
        merged.setdefault(key, set()).update(parts[-1].strip('[]'))
    result = []
    for (strip, add, head, more), letters in merged.items():
        last = ''.join(sorted(letters))
        result.append((strip, add, head + (last if len(last) == 1 else '[%s]' % last), more))
    return sorted(result, key=lambda r: (r[0], r[1], r[2], r[3] or ''))


def write_aff(path):
    lines = ['SET UTF-8', 'TRY ' + 'аеіыолнтрсдқмуұгбкзшжйпңяғүөәһхцчщфвэюёиъь',
             '# Made by scripts/make-kazakh-dictionary.py: edit the script, not this file.',
             '# Stems of back harmony: B a noun (a derivation, the plural or a possessive),',
             '# C its case endings, M a verb (the infinitive); of front harmony: F, G, V.',
             '# After an ending of back harmony: 1, 2, 3 the case endings (after a plural or',
             '# derivation, a third-person possessive, another), 4, 5 persons; of front: 6-9, 0.',
             '# P: a prefix of technical words (гидро, электро), only before a noun, which',
             '# carries L (гидрожүйенің, электрқондырғы).',
             'COMPOUNDBEGIN %s' % PREFIX_FLAG, 'ONLYINCOMPOUND %s' % ONLY_IN_COMPOUND_FLAG,
             'COMPOUNDEND %s' % AFTER_PREFIX_FLAG, '']

    def block(flag, rules):
        lines.append('SFX %s N %d' % (flag, len(rules)))
        for strip, add, condition, more in rules:
            lines.append('SFX %s %s %s%s %s' % (flag, strip, add, '/' + more if more else '',
                                                 condition))
        lines.append('')

    for h in 'bf':
        ends = list(stem_ends(h))
        noun_rules = rules_for(noun_forms, ends)
        # машинист + і: машинисі (the т of -ст falls before a vowel, as Kazakh spelling writes
        # it).
        stem = (BACK[0] if h == 'b' else FRONT[0]) + 'ст'
        for possess, after in POSSESSIVES[1:]:
            form = possess(stem[:-1])
            noun_rules.append(('т', form[len(stem) - 1:], 'ст', CONTINUATION[h][after]))
        # Verbs: the stem is the infinitive, the root and -у.
        verb_rules = rules_for(lambda infinitive: verb_forms(infinitive[:-1]),
                               [(stem + 'у', condition + 'у') for stem, condition in ends
                                if SOFT not in stem])
        block(FLAGS[h]['noun'], noun_rules)
        block(FLAGS[h]['verb'], verb_rules)
        block(FLAGS[h]['case'], rules_for(lambda w: [(case(w), None) for case in CASES], ends))
        for after in ('', '3', '12'):
            block(CONTINUATION[h][after],
                  rules_for(lambda w: [(case(w, after), None) for case in CASES], ends))
        block(CONTINUATION[h]['past'],
              rules_for(lambda w: [(f, None) for f in person_after_past(w)], ends))
        block(CONTINUATION[h]['present'],
              rules_for(lambda w: [(f, None) for f in person_after_present(w)], ends))
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
        with open(os.path.join(root, 'resources/classifiers', name), encoding='utf-8') as f:
            lines = [line for line in f if not line.startswith('#')]
        # A name in quotes may hold the separator (ClassifierCsvReader reads it so).
        for fields in csv.reader(lines[1:], delimiter=';'):
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


# --- Stems ----------------------------------------------------------------------------------
# What a stem of the list is: a noun, a verb (its infinitive, itself a noun: оқу, оқуға, оқулар),
# a prefix of technical words (гидро-, электро-) that comes before a noun.
NOUN, VERB, PREFIX = 'noun', 'verb', 'prefix'
PREFIX_FLAG, ONLY_IN_COMPOUND_FLAG, AFTER_PREFIX_FLAG = 'P', 'O', 'L'
# Debian's flags: its nouns carry A..L, its verbs M..Z (one letter each).
DEBIAN_NOUN_FLAG, DEBIAN_VERB_FLAG = 'B', 'M'
RUSSIAN_DIC = '/usr/share/hunspell/ru_RU.dic'
# ru_RU.aff's declensions of nouns (K, J: masculine and neuter; I, H: in -а, -я; F, N: feminine
# in -ь); A marks adjectives and participles, L verbs.
RUSSIAN_NOUN_FLAGS, RUSSIAN_NOT_NOUN_FLAGS = set('KJIHFN'), set('AL')
VOCABULARY = os.path.join(root, 'resources/spelling/kk-vocabulary.txt')


def dictionary_entries(path):
    """A Hunspell word list: [(word, flags)]."""
    lines = open(path, encoding='utf-8').read().lstrip('\ufeff').split('\n')[1:]
    return [tuple((line.strip().split('/', 1) + [''])[:2]) for line in lines if line.strip()]


def debian_flagged():
    """Debian's stems as Debian's flags have them: nouns and verbs."""
    stems = {}
    for word, flags in dictionary_entries(DEBIAN_DIC):
        if DEBIAN_VERB_FLAG in flags:
            stems[word] = {VERB}
        elif DEBIAN_NOUN_FLAG in flags:
            stems[word] = {NOUN}
    return stems


def debian_stems():
    """Debian's stems that it gives no ending to: the 5,300 without flags (жабдық, берік, бөлік,
    толық: nouns and adjectives, which Kazakh declines alike) as nouns; and its verbs, whose
    infinitive is a noun too (ақау, нұсқау: ақаулар, нұсқаулықтары)."""
    stems = {}
    for word, flags in dictionary_entries(DEBIAN_DIC):
        if not flags:
            stems[word] = {NOUN}
        elif DEBIAN_VERB_FLAG in flags:
            stems[word] = {NOUN, VERB}
    return stems


def merge(entries, more):
    for word, kinds in more.items():
        if PREFIX in kinds:  # a prefix is nothing else
            entries[word] = {PREFIX}
            continue
        entries.setdefault(word, set()).update(kinds)
        if VERB in kinds:
            entries[word].add(NOUN)


def flags_of(word, kinds):
    """A stem's flags in kk-kasibi.aff: its kinds in its harmony."""
    if PREFIX in kinds:
        return PREFIX_FLAG + ONLY_IN_COMPOUND_FLAG
    h = harmony(word)
    flags = ''
    if NOUN in kinds:
        flags += FLAGS[h]['noun'] + FLAGS[h]['case'] + AFTER_PREFIX_FLAG
    if VERB in kinds:
        flags += FLAGS[h]['verb']
    return flags


def russian_stems(debian):
    """Russian words Kazakh takes whole, from Debian's Russian dictionary: each noun in the
    nominative singular (экскаватор, детонатор, модель, колонка, коммутация) declined as a
    Kazakh noun (экскаватордың, моделі, колонкасы); each verb in -ировать as a Kazakh verb in
    -ирлеу/-ирлау (инициировать: инициирлеу, инициирлейтін). Lower case only (no names), three
    letters at least (ось: осьтік); none Debian's Kazakh list has already."""
    stems = {}
    for word, flags in dictionary_entries(RUSSIAN_DIC):
        if not re.fullmatch('[а-я]{3,}', word) or word in debian:
            continue
        flags = set(flags)
        if flags & RUSSIAN_NOUN_FLAGS and not flags & RUSSIAN_NOT_NOUN_FLAGS:
            stems[word] = {NOUN}
        elif 'L' in flags and word.endswith('ировать'):
            verb_root = word[:-len('овать')]
            stems[verb_root + 'л' + a(verb_root) + 'у'] = {VERB}
    return stems


def vocabulary_stems():
    """The hand-written list of general Kazakh words (kk-vocabulary.txt): a noun, a verb's
    infinitive marked /M, a prefix marked /P."""
    stems = {}
    for line in open(VOCABULARY, encoding='utf-8'):
        line = line.split('#', 1)[0].strip()
        for entry in line.split():
            word, _, mark = entry.partition('/')
            stems[word] = {{'M': VERB, 'P': PREFIX}.get(mark, NOUN)}
    return stems


# --- Hunspell --------------------------------------------------------------------------------
h = ctypes.CDLL('libhunspell-1.7.so.0')
h.Hunspell_create.restype = ctypes.c_void_p
h.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
h.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
h.Hunspell_add_dic.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
h.Hunspell_add_with_affix.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
h.Hunspell_stem.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)),
                            ctypes.c_char_p]
h.Hunspell_free_list.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)),
                                 ctypes.c_int]
h.Hunspell_destroy.argtypes = [ctypes.c_void_p]
# Words whose flags a stem added to a Hunspell copies (Hunspell_add_with_affix): a noun and a
# verb of each harmony.
MODELS = {'масса': {NOUN}, 'кесте': {NOUN}, 'болу': {VERB, NOUN}, 'келу': {VERB, NOUN}}


def write_dic(path, entries):
    with open(path, 'w', encoding='utf-8') as f:
        f.write('%d\n' % len(entries))
        for stem, kinds in sorted(entries.items()):
            f.write('%s/%s\n' % (stem, flags_of(stem, kinds)))


def hunspell(entries):
    """A Hunspell of Kasibi's affix file and the stems."""
    with tempfile.NamedTemporaryFile('w', suffix='.dic', delete=False) as f:
        name = f.name
    write_dic(name, entries)
    made = h.Hunspell_create(AFF_OUT.encode(), name.encode())
    os.unlink(name)
    return made


def model_of(stem, kinds):
    flags = flags_of(stem, kinds | ({NOUN} if VERB in kinds else set()))
    return next(m for m, k in MODELS.items() if flags_of(m, k) == flags)


class Checker:
    """As SpellChecker: right when Debian's dictionary or Kasibi's takes the word (a compound
    with a hyphen when each part is right)."""

    def __init__(self, stems=None):
        self.debian = h.Hunspell_create(DEBIAN_AFF.encode(), DEBIAN_DIC.encode())
        self.ours = None
        if stems is not None:
            self.ours = hunspell(dict(stems, **MODELS))

    def add(self, stem, kinds):
        h.Hunspell_add_with_affix(self.ours, stem.encode(), model_of(stem, kinds).encode())

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
    """Beginnings of the word that could be its stem, longest first, and the infinitives they
    could be the root of."""
    nouns, verbs = [], []
    for cut in range(len(word) - 1, 2, -1):
        base = word[:cut]
        nouns.append(base)
        if base[-1] in 'гғб':
            nouns.append(base[:-1] + {'г': 'к', 'ғ': 'қ', 'б': 'п'}[base[-1]])
        if base.endswith('с'):  # машинисі: машинист
            nouns.append(base + 'т')
        verbs.append(infinitive(base))
    return nouns, verbs


def stems_of(probe, word):
    found = ctypes.POINTER(ctypes.c_char_p)()
    n = h.Hunspell_stem(probe, ctypes.byref(found), word.encode())
    stems = [found[i].decode() for i in range(n)]
    h.Hunspell_free_list(probe, ctypes.byref(found), n)
    return stems


def derive_stems(words, checker):
    """For each word of the training texts the checker does not take, the stem that with
    Kasibi's affixes gives it back, a noun's rather than a verb's, the longest; else the word
    itself. Each kind is tried in a Hunspell of its own holding every candidate, so that no
    candidate changes what the checker takes."""
    missing = []
    for word in sorted(set(w.lower() for w in words)):
        missing += [p for p in word.split('-') if p and checkable(p) and not checker.correct(p)]
    candidates = {p: stem_candidates(p) for p in missing}
    probes = {}
    for kind, index in ((NOUN, 0), (VERB, 1)):
        probes[kind] = hunspell(MODELS)
        for found in candidates.values():
            for stem in found[index]:
                h.Hunspell_add_with_affix(probes[kind], stem.encode(),
                                          model_of(stem, {kind}).encode())
    entries = {}
    for part in missing:
        if checker.correct(part):  # a stem chosen before gives it
            continue
        chosen = (part, NOUN)
        for kind, index in ((NOUN, 0), (VERB, 1)):
            stems = [s for s in stems_of(probes[kind], part) if s in candidates[part][index]]
            if stems:
                chosen = (max(stems, key=len), kind)
                break
        entries[chosen[0]] = {chosen[1]}
        checker.add(chosen[0], {chosen[1]})
    for probe in probes.values():
        h.Hunspell_destroy(probe)
    return entries


def share(checker, words):
    marked = [w for w in words if not checker.correct(w)]
    return marked, 100.0 * len(marked) / max(1, len(words))


HARMONY_PAIRS = dict(zip('аеыіұүоө', 'еаіыүұөо'))


def typos(words):
    """Misspellings of the words as one makes them: an ending against vowel harmony (the last
    vowel turned: жүйелардың), a letter doubled, left out, or two swapped; one of each a word."""
    made = set()
    for word in sorted(set(w.lower() for w in words if len(w) >= 5 and '-' not in w)):
        for i in range(len(word) - 1, len(word) - 5, -1):
            if word[i] in HARMONY_PAIRS:
                made.add(word[:i] + HARMONY_PAIRS[word[i]] + word[i + 1:])
                break
        middle = len(word) // 2
        made.add(word[:middle] + word[middle] + word[middle:])
        made.add(word[:middle] + word[middle + 1:])
        made.add(word[:middle] + word[middle + 1] + word[middle] + word[middle + 2:])
    return sorted(made - set(w.lower() for w in words))


def main():
    rules = write_aff(AFF_OUT)
    training = words_of(classifier_texts()) + words_of(translation_texts('kasibi_kk.ts')) + \
        words_of(translation_texts('qt_kk.ts'))
    held_out = {'sample standard': words_of(sample_texts()), 'user guide': words_of(guide_text())}
    # Each source in turn, each adding what the ones before lack.
    debian = dict(dictionary_entries(DEBIAN_DIC))
    entries = debian_flagged()
    stages = [('Debian alone', None), ('+ affix file', dict(entries))]
    found = {'debian': debian_stems(), 'russian': russian_stems(debian),
             'vocabulary': vocabulary_stems()}
    merge(entries, found['debian'])
    stages.append(("+ Debian's stems declined", dict(entries)))
    general = dict(entries)  # without the vocabulary, below
    merge(entries, found['russian'])
    stages.append(('+ Russian words', dict(entries)))
    merge(entries, found['vocabulary'])
    stages.append(('+ vocabulary', dict(entries)))
    found['training'] = derive_stems(training, Checker(entries))
    merge(entries, found['training'])
    stages.append(('+ training stems', dict(entries)))
    # The same without the hand-written vocabulary, which was written knowing which kinds of
    # word the held-out texts lacked: what the general sources alone give.
    merge(general, found['russian'])
    merge(general, derive_stems(training, Checker(general)))
    stages.append(('all but the vocabulary', general))
    write_dic(DIC_OUT, entries)
    print('%s: %d affix rules; %s: %d stems (Debian %d, Russian %d, vocabulary %d, training %d '
          'from %d words of the classifier names and interface texts)' %
          (os.path.relpath(AFF_OUT, root), rules, os.path.relpath(DIC_OUT, root), len(entries),
           len(found['debian']), len(found['russian']), len(found['vocabulary']),
           len(found['training']), len(training)))
    texts = list(held_out.items()) + [('training texts', training)]
    # A dictionary that takes more words may take more misspellings: the share of misspellings
    # of the held-out words taken as right.
    texts.append(('misspellings', typos(held_out['sample standard'] + held_out['user guide'])))
    print('%-28s' % 'marked' + ''.join('%-24s' % ('%s (%d)' % (n, len(w))) for n, w in texts))
    for stage, stems in stages:
        checker = Checker(stems)
        line = '%-28s' % stage
        for name, words in texts:
            marked, percent = share(checker, words)
            line += '%-24s' % ('%.1f%% (%d)' % (percent, len(marked)))
        print(line)
    print('(misspellings of the held-out words: the share marked is the share caught)')
    if '-v' in sys.argv:
        for stage, stems in stages[-2:]:
            checker = Checker(stems)
            for name, words in held_out.items():
                print('%s, %s:' % (stage, name), sorted(set(share(checker, words)[0]),
                                                         key=str.lower))


main()
