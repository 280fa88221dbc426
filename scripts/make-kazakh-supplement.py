#!/usr/bin/python3
"""Makes resources/spelling/kk-kasibi.dic, Kasibi's supplement to Debian's Kazakh Hunspell
dictionary (hunspell-kk), from the Kazakh texts Kasibi ships: the sample standard and the
built-in classifier names. Those texts are correct Kazakh, yet Debian's dictionary, which lacks
most inflected forms of the trades' vocabulary, marks about one word in six of them.

For each word the dictionary refuses, a stem is looked for by taking off real Kazakh endings
(plural, possessive, case, participle) and undoing the voicing of the last consonant
(ғ->қ, г->к, б->п); the first stem that, with the noun (or verb) affixes of kk_KZ.aff, gives the
word back is listed with those affixes; failing that, the word itself with the noun affixes.
Run by hand (it needs libhunspell-1.7): /usr/bin/python3 scripts/make-kazakh-supplement.py
It prints the share of words marked before and after."""
import ctypes, json, os, re, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
h = ctypes.CDLL('libhunspell-1.7.so.0')
h.Hunspell_create.restype = ctypes.c_void_p
h.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
h.Hunspell_spell.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
h.Hunspell_add_with_affix.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
h.Hunspell_remove.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
h.Hunspell_add_dic.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
AFF, DIC = b'/usr/share/hunspell/kk_KZ.aff', b'/usr/share/hunspell/kk_KZ.dic'
NOUN, VERB = 'ABbCcDdEeFfGgHhIiJjKkLl', 'MmNnOoPpQqRrSsTtUuVvWwXxYyZz'
NOUN_EXAMPLE, VERB_EXAMPLE = 'бұйым', 'бұйымтайлау'  # words of kk_KZ.dic with those affixes
ENDINGS = sorted(set('''лар лер дар дер тар тер ым ім м ың ің ң ы і сы сі мыз міз ымыз іміз ңыз
ңіз ыңыз іңіз ның нің дың дің тың тің ға ге қа ке на не а е ны ні ды ді ты ті н да де та те нда
нде дан ден тан тен нан нен мен бен пен ғы гі қы кі дағы дегі тағы тегі ндағы ндегі ған ген қан
кен атын етін йтын йтін ып іп п у ла ле ау еу ту лы лі сыз сіз шы ші ушы уші'''.split()),
                 key=len, reverse=True)
UNVOICED = {'ғ': 'қ', 'г': 'к', 'б': 'п'}


def shipped_texts():
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
    for name in ('oked-builtin.csv', 'nkz-builtin.csv'):
        for line in open(os.path.join(root, 'resources/classifiers', name), encoding='utf-8'):
            if line.startswith('#') or line.startswith('code;'):
                continue
            fields = line.rstrip('\n').split(';')
            if len(fields) >= 2:
                texts.append(fields[1])
    return '\n'.join(texts)


# As SpellHighlighter::words() and SpellChecker::isCheckable() / isCorrect() take them.
def words_of(text):
    return [w for w in re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", text) if checkable(w)]


def checkable(word):
    return len(word) >= 2 and not any(c.isdigit() for c in word) and any(c.islower() for c in word)


def correct(speller, word):
    if h.Hunspell_spell(speller, word.encode()):
        return True
    if '-' not in word:
        return False
    return all(not checkable(p) or h.Hunspell_spell(speller, p.encode())
               for p in word.split('-') if p)


def stems(word, depth=0):
    found = []
    if depth >= 3:
        return found
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[:-len(ending)]
            for stem in {base, base[:-1] + UNVOICED.get(base[-1], base[-1])}:
                found.append((depth + 1, stem))
                found += stems(stem, depth + 1)
    return found


def gives(speller, stem, example, word):
    h.Hunspell_add_with_affix(speller, stem.encode(), example.encode())
    good = h.Hunspell_spell(speller, word.encode())
    h.Hunspell_remove(speller, stem.encode())
    return good


def main():
    words = words_of(shipped_texts())
    speller = h.Hunspell_create(AFF, DIC)
    refused = [w for w in words if not correct(speller, w)]
    entries = {}
    for word in sorted(set(w.lower() for w in refused)):
        for part in [p for p in word.split('-') if p]:
            if h.Hunspell_spell(speller, part.encode()):
                continue
            chosen = (part, NOUN)
            for _, stem in sorted(set(stems(part)), key=lambda s: (s[0], -len(s[1]))):
                if gives(speller, stem, NOUN_EXAMPLE, part):
                    chosen = (stem, NOUN)
                    break
                if stem.endswith('у') and gives(speller, stem, VERB_EXAMPLE, part):
                    chosen = (stem, VERB)
                    break
            entries.setdefault(*chosen)
    out = os.path.join(root, 'resources/spelling/kk-kasibi.dic')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('%d\n' % len(entries))
        for stem, flags in sorted(entries.items()):
            f.write('%s/%s\n' % (stem, flags))
    with_supplement = h.Hunspell_create(AFF, DIC)
    h.Hunspell_add_dic(with_supplement, out.encode())
    after = [w for w in words if not correct(with_supplement, w)]
    print('%d words; marked: before %d (%.1f%%), after %d (%.1f%%); %d entries' %
          (len(words), len(refused), 100 * len(refused) / len(words), len(after),
           100 * len(after) / len(words), len(entries)))


main()
