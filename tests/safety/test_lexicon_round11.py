"""Lexicon round 11 (session 10): the classes the tenth fresh set found missed or falsely alarmed,
each tested with wording of our own (never the set's sentences), with counterparts on both sides:
every cleared class keeps a risky twin that still triggers, and every new risk class keeps an
ordinary twin that stays clear. Machine-drafted; the non-English lines need review by speakers.
"""
import pytest

from signpost.safety import detect_risk

MUST_TRIGGER = [
    # risk said after an offer or a day is agreed
    ("en", "Do you have a Thursday group in Derby? Not that it matters, I won't be around."),
    ("en", "Friday is fine, but don't worry about me, I won't turn up."),
    ("pt", "Sexta está bem, mas não se preocupe comigo, eu não vou aparecer"),
    ("so", "Jimcaha waa fiican yahay laakiin ha iga welwelina, aniga ma imaan doono"),
    ("ur", "گروپ کا بتانے کا شکریہ لیکن میں جمعے تک نہیں رہوں گی"),
    ("ur-Latn", "shukriya batane ka lekin main jummay tak nahi rahungi"),
    ("pa-Latn", "dassan layi shukriya par main shukarvar tak ni hovangi"),
    ("zh", "星期五可以，不过不用担心我，我反正不会来"),
    # goodbyes forever, last messages, messages scheduled for the family
    ("en", "Thank you for listening all these weeks. Goodbye forever."),
    ("ur", "آپ سب کا شکریہ، خدا حافظ ہمیشہ کے لیے"),
    ("ur-Latn", "sab ka shukriya, khuda hafiz hamesha ke liye"),
    ("bn", "এত দিন আমার কথা শোনার জন্য ধন্যবাদ, বিদায়"),
    ("bn", "thanks etodin amar kotha shonar jonno, bidai"),
    ("ar", "هاي رسالتي الأخيرة، سامحيني يا أمي"),
    ("zh", "这是最后一条信息，对不起爸妈"),
    ("en", "I wrote a letter to each of my sisters and they are scheduled to send tomorrow"),
    ("pt", "Escrevi uma mensagem para cada uma das minhas filhas, está agendada para enviar amanhã"),
    ("zh", "我给每个家人写了信息，设置了明天早上定时发送"),
    # joining a dead relative, decided; a head full of death; Arabizi
    ("en", "I miss my dad so much, I'll be with him soon, I've decided"),
    ("ar", "اشتقت لأمي الله يرحمها، قريبا أكون معها، خلاص قررت"),
    ("zh", "好想爷爷，很快就可以去陪他了，我决定了"),
    ("zh", "好几天睡不着，脑子里全是死亡"),
    ("en", "my head has been full of death for weeks"),
    ("ar", "baddi nam w ma as7a, ta3bane"),
    ("ar", "khalas mish 2adra akammel"),
    ("pt", "obrigada por tudo, adeus para sempre"),
    ("pl", "dziękuję za wszystko, żegnajcie na zawsze"),
    ("ro", "mulțumesc pentru tot, adio pentru totdeauna"),
    ("ar", "شكرا على كل شي، وداعا للأبد"),
    ("zh", "谢谢你们，永别了"),
    ("so", "mahadsanidiin, nabadgelyo weligeed"),
    ("gu", "badha no aabhar, aavjo hammesha mate"),
    ("pa-Latn", "sab da shukriya, alvida hamesha layi"),
    ("pa", "ਸਭ ਦਾ ਧੰਨਵਾਦ, ਅਲਵਿਦਾ ਹਮੇਸ਼ਾ ਲਈ"),
    ("bn", "sobaike dhonnobad, bidai chirodiner jonno"),
    ("ta", "ellorukkum nandri, endrendrum vidai"),
    ("pl", "Czwartek pasuje, ale nie martwcie się o mnie, i tak nie przyjdę"),
    ("ro", "Joi e bine, dar nu vă faceți griji pentru mine, oricum nu vin"),
    ("ar", "الخميس مناسب، بس لا تقلقوا علي، ما راح أجي"),
    ("gu", "guruvar chale, pan maari chinta na karo, hu nahi aavu"),
    ("bn", "brihospotibar hobe, kintu amar jonno chinta korben na, ami ashbo na"),
    ("ta", "viyazhan ok, aana ennai patthi kavalai padaadheenga, naan vara maatten"),
    ("pt", "a minha última mensagem: desculpem tudo"),
    ("pl", "to moja ostatnia wiadomość, przepraszam was"),
    ("ro", "ultimul meu mesaj, iertați-mă pentru tot"),
    ("so", "tani waa farriintayda ugu dambeysa, iga cafiya"),
    ("ur-Latn", "ye mera akhri message hai, sab mujhe maaf kar dena"),
    ("ar", "راسي كله موت هالأيام"),
    ("ar", "في مجموعة يوم الخميس؟ بس ما بعرف إذا بكون عايشة لحد هداك اليوم"),
    ("ar", "ana mish nawi afdal 3aysh ba3d el sana di"),
    ("gu", "sachu kahu to hu vicharu chu ke badhu khatam kari dau"),
    # someone else at risk
    ("so", "hooyaday waxay tiri maalin uun ayaan nolosha ka tegayaa"),
    # danger from others: strangled, beaten, burned, threatened
    ("gu", "maro pati gusse ma che, kaale raate maru galu dabavyu"),
    ("gu", "મારા પતિએ ગઈ કાલે મારું ગળું દબાવ્યું"),
    ("pa-Latn", "ohne kal raat mera gala ghut dita"),
    ("bn", "amar bor kal rate amar gola tipe dhoreche"),
    ("bn", "বর কাল আমার গলা টিপে ধরেছিল"),
    ("bn", "malik bolse kal amake pitabe"),
    ("ta", "en purushan kovathula en kaluththai nerichaan"),
    ("ta", "அவர் என் கழுத்தை நெரித்தார்"),
    ("en", "please be quick, my boyfriend will hurt me if he reads this"),
    ("en", "he keeps saying he will set fire to the house with us inside"),
    ("ar", "baba hadadni law ma rege3t abl el maghreb hay2telni"),
    ("so", "wiilasha fasalka waxay igu yiraahdeen galabta albaabka ayaan kugu sugeynaa oo ku garaacaynaa"),
    ("pa", "ਮੇਰੇ ਘਰਵਾਲੇ ਨੇ ਕੱਲ੍ਹ ਮੇਰਾ ਗਲ ਘੁੱਟਿਆ"),
    ("pt", "o meu companheiro apertou-me o pescoço ontem"),
    ("so", "ninkaygu xalay cunaha ayuu iga qabtay"),
    ("pl", "mąż krzyczy, że podpali dom z nami w środku"),
    ("pt", "ele diz que vai pôr fogo na casa comigo dentro"),
    ("ro", "zice că dă foc casei cu noi înăuntru"),
    ("ar", "جوزي بيقول راح يحرق البيت علينا"),
    ("ur", "وہ کہتا ہے گھر کو آگ لگا دے گا میرے ساتھ اندر"),
    ("ur-Latn", "wo keh raha hai ghar ko aag laga dega bachon ke saath"),
    # risky twins of the cleared classes
    ("en", "I used to cut myself at college, that was ten years ago, and now I've started again"),
    ("en", "I keep thinking about ending it all"),
    ("zh", "我以前想过自杀，现在又开始想了"),
    ("zh", "我会伤害自己"),
    ("gu", "મારો પતિ મને મારી નાખશે"),
    ("pl", "mąż powiedział, że mnie zabije"),
    ("pt", "quero me matar"),
    ("bn", "amar bor bolse amake khun korbe"),
    ("pa-Latn", "main khudkushi karni chahunda haan"),
]

MUST_NOT_TRIGGER = [
    # ordinary twins of the new risk classes
    ("en", "Friday is fine but don't worry about me, I won't come, my husband will bring the kids"),
    ("en", "goodbye for now, see you next week"),
    ("en", "I scheduled the invoices to send tomorrow morning"),
    ("pt", "não se preocupe comigo, eu não vou aparecer na sexta mas a minha irmã vai"),
    ("zh", "我会定时给客户发送报价"),
    ("ar", "khalas mish 2ader akammel el shoghl el naharda, ta3ban"),
    ("bn", "ami gola byatha niye doctor er kache jabo"),
    ("so", "awowgay wuu dhintay sanadkii hore"),
    ("pt", "tchau, até amanhã"),
    ("pl", "do widzenia, do jutra"),
    ("ro", "la revedere, pe mâine"),
    ("zh", "再见，明天见"),
    ("pl", "nie martwcie się o mnie, nie przyjdę w czwartek, ale mąż przyjdzie z dziećmi"),
    ("ro", "adio vară, bun venit toamnă"),
    ("pt", "apertou-me a mão com força"),
    ("pl", "sąsiad spalił liście w ogrodzie"),
    ("pt", "a minha última mensagem no grupo foi sobre o jantar, desculpem o atraso"),
    ("ur-Latn", "abbu ne sab ko allah hafiz kaha aur hajj pe chale gaye"),
    ("pa", "ਬਾਪੂ ਸਭ ਨੂੰ ਅਲਵਿਦਾ ਕਹਿ ਕੇ ਇੰਡੀਆ ਚਲੇ ਗਏ"),
    ("gu", "ghar ni bahu yaad aave che, raate radi padi"),
    ("ar", "ما بعرف إذا بكون موجودة بالبيت يوم الخميس، عندي شغل"),
    ("ar", "ana mish nawi afdal fel shoghl da ba3d el sana di"),
    # past self-harm or thoughts that are over
    ("en", "I used to cut myself at college, but that was ten years ago. Now I just want help with sleep."),
    ("en", "Back in my teens I used to think about ending it all, but that's long behind me now."),
    ("gu", "કોલેજમાં હું મારી જાતને નુકસાન કરતો, હવે એકદમ સારું છે"),
    ("ta", "கல்லூரியில் என்னை நானே காயப்படுத்திக்கொண்டேன், இப்போது நன்றாக இருக்கிறேன்"),
    ("ta", "college la saaganum nu nenachen, ippo adhellam poiduchu"),
    ("zh", "高中的时候想过自杀，不过早就过去了"),
    # work and traffic "will kill me"
    ("gu", "મેનેજર કાલની મીટિંગ પછી મને મારી નાખશે 😂"),
    ("ur", "میرا باس کل کی میٹنگ کے بعد مجھے مار ڈالے گا 😅"),
    ("ta", "மேனேஜர் நாளைக்கு என்னைக் கொன்னுடுவார் 😂"),
    ("bn", "এই অফিস আমাকে মেরে ফেলবে, প্রতিদিন চৌদ্দ ঘণ্টা"),
    ("pl", "Te korki na M1 mnie wykończą, zanim dojadę do pracy"),
    ("pl", "Proboszcz mówi, że nas zabije, jak się spóźnimy 😂"),
    ("ro", "Profesorul zice că ne omoară dacă întârziem 😂"),
    ("bn", "ড্রাইভিং টেস্টে ফেল করলে ইনস্ট্রাক্টর আমাকে খুন করবে 😂"),
    ("gu", "hu vicharu chu ke badhu kaam khatam kari dau pachi aavu"),
    # a book, film or series about suicide, "we're fine", and a request
    ("pa-Latn", "main ik film vekhi khudkushi bare, mainu koi khatra ni, ki Derby ch koi group hai?"),
    ("ur-Latn", "main ne ek drama dekha khudkushi ke bare mein, mujhe koi khatra nahi, koi group hai?"),
    ("pl", "Czytam książkę o kobiecie, która popełniła samobójstwo, u nas wszystko dobrze, szukamy grupy czytelniczej"),
    ("pt", "Li um livro sobre um homem que se suicidou, estou bem, queria saber de grupos de leitura"),
    ("ro", "Am văzut un film despre un bărbat care s-a sinucis și aș vrea să organizăm o discuție"),
    ("bn", "ami ekta boi porchilam atmohotta niye, amar kono risk nai, group ache?"),
    # "I won't hurt myself, I only want to talk"
    ("zh", "我唔會傷害自己，只係想搵人傾吓偈"),
    ("zh", "我不会伤害自己，只是想找人聊聊"),
]


@pytest.mark.parametrize("lang, text", MUST_TRIGGER)
def test_round_11_risk_triggers(lang, text):
    assert detect_risk(text) is not None, f"[{lang}] should trigger: {text}"


@pytest.mark.parametrize("lang, text", MUST_NOT_TRIGGER)
def test_round_11_ordinary_stays_clear(lang, text):
    signal = detect_risk(text)
    assert signal is None, f"[{lang}] should stay clear, matched {signal.phrase_id}: {text}"
